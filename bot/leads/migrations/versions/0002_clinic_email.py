"""Where the pain spreads, and the visitor's first description in their own words.

Both feed the clinic's email; leads stored before this have neither.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("leads", sa.Column("pain_radiates_to", sa.String(10)))
    op.add_column("leads", sa.Column("first_description", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("leads") as batch:
        batch.drop_column("first_description")
        batch.drop_column("pain_radiates_to")
