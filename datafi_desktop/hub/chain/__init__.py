"""The hub on a chain: RPC connections, contract deployment, the hub's keys."""
