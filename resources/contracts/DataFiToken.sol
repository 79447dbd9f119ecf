// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title DataFi reward token (demo and test chains)
/// @notice A plain ERC-20 with EIP-2612 permit. Whoever holds MINTER_ROLE may mint;
///         DEFAULT_ADMIN_ROLE grants and revokes roles. On a production chain the
///         RewardDistributor can pay out any ERC-20; this one exists so that a fresh
///         install (in-process EVM) and the tests have a token to distribute.
contract DataFiToken is ERC20, ERC20Permit, AccessControl {
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    /// @dev `admin` gets DEFAULT_ADMIN_ROLE and MINTER_ROLE.
    error ZeroAdmin();

    constructor(string memory name_, string memory symbol_, address admin)
        ERC20(name_, symbol_)
        ERC20Permit(name_)
    {
        if (admin == address(0)) revert ZeroAdmin();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(MINTER_ROLE, admin);
    }

    /// @notice Mint `amount` base units to `to`. MINTER_ROLE only.
    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        _mint(to, amount);
    }
}
