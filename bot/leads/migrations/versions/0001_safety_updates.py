"""The first release's lead database, made ready for safety updates.

The first release's `deliveries` had no `update_id` and allowed one row per
lead and channel, so a safety update could not be queued next to its lead.
This creates `safety_updates` and rebuilds `deliveries` once, keeping every
row and id. The tables are spelled out as they were at this revision, not read
from the models, so later model changes cannot alter what this step does.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

#: Columns the first release's deliveries had, copied as they are.
_V1_COLUMNS = ("id, lead_id, channel, state, attempts, next_attempt_at, last_error, sent_at, "
               "lease_until, claimed_by")


def _create_safety_updates() -> None:
    op.create_table(
        "safety_updates",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("lead_id", sa.String(32), sa.ForeignKey("leads.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("triage_level", sa.String(40), nullable=False),
        sa.Column("red_flags", sa.JSON, nullable=False),
        sa.UniqueConstraint("lead_id", "triage_level"),
    )


def _create_deliveries() -> None:
    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("lead_id", sa.String(32), sa.ForeignKey("leads.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("update_id", sa.Integer,
                  sa.ForeignKey("safety_updates.id", ondelete="CASCADE")),
        sa.Column("channel", sa.String(10), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_attempt_at", sa.DateTime),
        sa.Column("last_error", sa.String(200)),
        sa.Column("sent_at", sa.DateTime),
        sa.Column("lease_until", sa.DateTime),
        sa.Column("claimed_by", sa.String(100)),
        sa.UniqueConstraint("update_id", "channel"),
    )
    op.create_index("ix_deliveries_due", "deliveries", ["state", "next_attempt_at"])
    op.create_index("uq_deliveries_lead", "deliveries", ["lead_id", "channel"], unique=True,
                    sqlite_where=sa.text("update_id IS NULL"))


def _rebuild_on_sqlite() -> None:
    """SQLite cannot drop a constraint: copy the rows into a new table."""
    op.rename_table("deliveries", "deliveries_v1")
    op.drop_index("ix_deliveries_due", table_name="deliveries_v1")
    _create_deliveries()
    op.execute(f"INSERT INTO deliveries ({_V1_COLUMNS}) SELECT {_V1_COLUMNS} FROM deliveries_v1")
    op.drop_table("deliveries_v1")


def _alter_on_postgresql() -> None:
    """PostgreSQL changes the table where it stands."""
    op.add_column("deliveries", sa.Column(
        "update_id", sa.Integer, sa.ForeignKey("safety_updates.id", ondelete="CASCADE")))
    op.drop_constraint("deliveries_lead_id_channel_key", "deliveries", type_="unique")
    op.create_index("uq_deliveries_lead", "deliveries", ["lead_id", "channel"], unique=True,
                    postgresql_where=sa.text("update_id IS NULL"))
    op.create_unique_constraint(None, "deliveries", ["update_id", "channel"])


def upgrade() -> None:
    if not sa.inspect(op.get_bind()).has_table("safety_updates"):
        _create_safety_updates()
    if op.get_bind().dialect.name == "postgresql":
        _alter_on_postgresql()
    else:
        _rebuild_on_sqlite()


def downgrade() -> None:
    raise NotImplementedError("the first release cannot hold safety updates; restore a backup")
