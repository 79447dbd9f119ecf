"""Review: the queue, verdict intake and decisions, statuses, quality figures."""
