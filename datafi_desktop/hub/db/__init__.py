"""The hub's database: tables, migrations, the database clock and locks."""
