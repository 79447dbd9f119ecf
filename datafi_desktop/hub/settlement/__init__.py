"""Settlement: the ledger, epochs, Merkle roots on-chain, the relayer."""
