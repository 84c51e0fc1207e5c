"""Alembic's entry point for the lead database.

`bot.leads.schema` runs it at start on a connection it already holds (inside
the lock that keeps two processes from upgrading at once); the `alembic`
command (with the project's `alembic.ini`) runs it on DATABASE_URL, for
writing a new revision: `alembic revision --autogenerate -m "what changes"`.
"""

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection

from bot.leads.models import Base
from bot.settings import get_settings


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=Base.metadata,
                      render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


_connection = context.config.attributes.get("connection")
if _connection is not None:
    _run(_connection)
else:
    _engine = create_engine(get_settings().database_url, future=True)
    with _engine.begin() as _own:
        _run(_own)
    _engine.dispose()
