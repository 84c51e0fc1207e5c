"""The extension of the visitor's phone number ("250-555-0104, extension 213").

The number itself stays in E.164 in `contact_phone`; leads stored before this
have no extension.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("leads", sa.Column("contact_phone_extension", sa.String(10)))


def downgrade() -> None:
    with op.batch_alter_table("leads") as batch:
        batch.drop_column("contact_phone_extension")
