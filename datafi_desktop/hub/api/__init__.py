"""The hub's HTTP API: :func:`.app.create_app` assembles the routes of each area."""
