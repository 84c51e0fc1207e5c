"""The intake questions a visitor did not answer in the chat, for the clinic to ask.

Leads stored before this answered every question they were asked, or were not
marked: they get an empty list.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("leads", sa.Column("unanswered", sa.JSON, nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("leads") as batch:
        batch.drop_column("unanswered")
