"""``datafi-hub``, the hub's command line (:mod:`.main`), one module per command group."""
