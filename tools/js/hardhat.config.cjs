// Minimal Hardhat 2 configuration: only for `hardhat node`, the local JSON-RPC chain that
// the tests can run against (contracts are compiled by build-contracts.mjs, not Hardhat).
/** @type import('hardhat/config').HardhatUserConfig */
module.exports = {
  solidity: "0.8.28",
  networks: {
    hardhat: {
      chainId: 31337,
      hardfork: "cancun",
    },
  },
};
