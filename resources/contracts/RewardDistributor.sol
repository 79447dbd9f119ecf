// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title DataFi reward distributor: cumulative Merkle claims
/// @notice Each epoch the settler posts
///         - a rewards root over (address account, uint256 cumulativeAmount) leaves, and
///         - a submissions root over (bytes32 submissionDigest) leaves, so any contributor
///           can prove that their work was counted in that epoch.
///         Both trees use OpenZeppelin's StandardMerkleTree leaf:
///         keccak256(bytes.concat(keccak256(abi.encode(...values)))) with sorted-pair hashing.
///         Only the latest rewards root is stored (claims are verified against it); every
///         epoch's roots, totals and URI are in its EpochPosted log, which is chain data:
///         readers look an epoch up there (eth_getLogs by the indexed epoch) and check
///         submission and entitlement proofs off-chain against the logged roots.
///
///         A claim pays `cumulativeAmount - claimed[account]` to `account`, whoever sends the
///         transaction (this is what lets a relayer claim for a user without gas). An old proof
///         (cumulativeAmount <= claimed[account]) reverts with NothingToClaim(), so no amount is
///         ever paid twice and a stale proof costs the sender a clear revert rather than a
///         silent no-op.
///
///         Surplus accounting: a claim does not add to an on-chain total (that write was
///         most of the gas above the goal). The total paid is the sum of the Claimed events'
///         amounts; the settler, which watches the chain anyway, passes it to each postEpoch
///         (`claimedTotal`), checked to be non-decreasing and at most the previous
///         totalCumulative. What is owed is then `totalCumulative - claimedTotal`: postEpoch
///         requires the balance to cover it and recoverSurplus only moves tokens beyond it.
///         Claims made after the post only lower the real amount owed, so an honest figure
///         (the events up to some block before the post) never lets the admin take tokens
///         still owed. A settler that over-states it can only under-fund the contract
///         (claims would then revert in the token's transfer, which shows); the admin, who
///         grants the settler role, is the root of trust anyway.
///
///         Roles (OpenZeppelin AccessControl):
///         - DEFAULT_ADMIN_ROLE: grants and revokes roles, recovers surplus tokens.
///         - SETTLER_ROLE: posts epochs.
///         - PAUSER_ROLE: pauses and unpauses claims and epoch posting.
///
///         The contract's address is also the EIP-712 verifyingContract of the app's signed
///         records (domain name "DataFi", version "1"); eip712Domain() (ERC-5267) exposes it.
contract RewardDistributor is AccessControl, ReentrancyGuardTransient, EIP712 {
    using SafeERC20 for IERC20;

    bytes32 public constant SETTLER_ROLE = keccak256("SETTLER_ROLE");
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");

    /// @notice The token paid out.
    IERC20 public immutable token;

    /// @dev The one slot a claim reads: the latest rewards root. Zero before the first
    ///      post and while paused (pause() keeps it in `_heldRoot`, unpause() puts it back),
    ///      so a claim learns "paused" without a second storage read; it reads the pause
    ///      flag only when it is about to revert.
    bytes32 private _root;

    /// @dev The latest epoch and the pause flag. `live` is set at deployment so that the
    ///      slot is never zero (the first post rewrites it rather than creating it).
    struct Epochs {
        uint64 epoch;
        bool paused;
        bool live;
    }

    Epochs private _epochs;

    /// @dev The settler-declared figures of the latest post.
    struct Totals {
        uint128 cumulative;
        uint128 claimed;
    }

    Totals private _totals;
    /// @dev The rewards root while paused (zero otherwise).
    bytes32 private _heldRoot;
    /// @notice Cumulative amount already paid to each account.
    mapping(address account => uint256) public claimed;

    /// @notice A new epoch was posted: its roots, the total of all cumulative entitlements,
    ///         the total paid out before it (as the settler counted the Claimed events) and a
    ///         URI where the full trees can be fetched.
    event EpochPosted(
        uint64 indexed epoch,
        bytes32 rewardsRoot,
        bytes32 submissionsRoot,
        uint256 totalCumulative,
        uint256 claimedTotal,
        string uri
    );
    /// @notice `amount` was paid to `account`, whose cumulative claimed total is now
    ///         `cumulativeAmount`; `sender` sent the transaction (the account or a relayer).
    event Claimed(
        address indexed account, uint256 amount, uint256 cumulativeAmount, address indexed sender
    );
    /// @notice The admin moved tokens not owed to anyone out of the contract.
    event SurplusRecovered(address indexed to, uint256 amount);

    /// @notice The claim was made against `expected` but the current root is `current`
    ///         (usually: a new epoch was posted while the claim was in flight; fetch a new proof;
    ///         `current` is zero before the first epoch).
    error RootMismatch(bytes32 expected, bytes32 current);
    /// @notice The proof does not prove (account, cumulativeAmount) under the current root.
    error InvalidProof();
    /// @notice cumulativeAmount is not above what the account has already been paid.
    error NothingToClaim();
    /// @notice Epochs must strictly increase.
    error EpochNotIncreasing(uint64 current, uint64 proposed);
    /// @notice Cumulative entitlements never shrink, so their total may not fall below the
    ///         previous total.
    error TotalCumulativeTooLow(uint256 minimum, uint256 proposed);
    /// @notice The declared total paid out may not fall below the previous post's figure nor
    ///         exceed the previous total of entitlements (nothing can have been paid beyond it).
    error ClaimedTotalOutOfRange(uint256 minimum, uint256 maximum, uint256 proposed);
    /// @notice The contract does not hold enough tokens to pay every outstanding entitlement.
    error InsufficientFunding(uint256 required, uint256 available);
    /// @notice Recovering that much would leave outstanding entitlements unfunded.
    error InsufficientSurplus(uint256 requested, uint256 available);
    /// @notice A zero address where an address is required.
    error ZeroAddress();
    /// @notice Claims and epoch posting are paused (as OpenZeppelin's Pausable).
    error EnforcedPause();
    /// @notice unpause() while not paused (as OpenZeppelin's Pausable).
    error ExpectedPause();

    /// @notice `account` paused claims and epoch posting (as OpenZeppelin's Pausable).
    event Paused(address account);
    /// @notice `account` lifted the pause (as OpenZeppelin's Pausable).
    event Unpaused(address account);

    /// @param token_ the ERC-20 paid out
    /// @param admin receives DEFAULT_ADMIN_ROLE
    /// @param settler receives SETTLER_ROLE (skipped when zero)
    /// @param pauser receives PAUSER_ROLE (skipped when zero)
    constructor(IERC20 token_, address admin, address settler, address pauser)
        EIP712("DataFi", "1")
    {
        if (address(token_) == address(0) || admin == address(0)) revert ZeroAddress();
        token = token_;
        _epochs.live = true;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        if (settler != address(0)) _grantRole(SETTLER_ROLE, settler);
        if (pauser != address(0)) _grantRole(PAUSER_ROLE, pauser);
    }

    // --- settlement ------------------------------------------------------------------

    /// @notice Post epoch `epoch`: its rewards root (which becomes the claim root), its
    ///         submissions root (logged only), the total of all cumulative entitlements, the
    ///         total paid out so far as the settler counted it from the Claimed events, and a
    ///         URI where the full trees can be fetched. SETTLER_ROLE only; not while paused.
    /// @dev Reverts EpochNotIncreasing, TotalCumulativeTooLow, ClaimedTotalOutOfRange, or
    ///      InsufficientFunding when the balance cannot cover
    ///      `epochTotalCumulative - claimedTotal_`.
    function postEpoch(
        uint64 epoch,
        bytes32 epochRewardsRoot,
        bytes32 epochSubmissionsRoot,
        uint256 epochTotalCumulative,
        uint256 claimedTotal_,
        string calldata uri
    ) external onlyRole(SETTLER_ROLE) {
        Epochs memory epochs = _epochs;
        if (epochs.paused) revert EnforcedPause();
        if (epoch <= epochs.epoch) revert EpochNotIncreasing(epochs.epoch, epoch);
        Totals memory totals = _totals;
        if (epochTotalCumulative < totals.cumulative) {
            revert TotalCumulativeTooLow(totals.cumulative, epochTotalCumulative);
        }
        if (claimedTotal_ < totals.claimed || claimedTotal_ > totals.cumulative) {
            revert ClaimedTotalOutOfRange(totals.claimed, totals.cumulative, claimedTotal_);
        }
        uint256 required = epochTotalCumulative - claimedTotal_;
        uint256 available = token.balanceOf(address(this));
        if (available < required) revert InsufficientFunding(required, available);

        _epochs.epoch = epoch;
        _totals = Totals(SafeCast.toUint128(epochTotalCumulative), uint128(claimedTotal_));
        _root = epochRewardsRoot;

        emit EpochPosted(
            epoch, epochRewardsRoot, epochSubmissionsRoot, epochTotalCumulative, claimedTotal_, uri
        );
    }

    // --- claims ----------------------------------------------------------------------

    /// @notice Pay `account` what it is owed under the current root: `cumulativeAmount`
    ///         minus what it was already paid. Anyone may send this; the tokens always go to
    ///         `account`. Not while paused.
    /// @param expectedRoot the root the proof was made for; must equal merkleRoot()
    /// @return amount the amount paid
    function claim(
        address account,
        uint256 cumulativeAmount,
        bytes32 expectedRoot,
        bytes32[] calldata proof
    ) external returns (uint256 amount) {
        bytes32 root = _root;
        if (root == bytes32(0) || expectedRoot != root) {
            if (_epochs.paused) revert EnforcedPause();
            revert RootMismatch(expectedRoot, root);
        }
        bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(account, cumulativeAmount))));
        if (!MerkleProof.verifyCalldata(proof, root, leaf)) revert InvalidProof();
        uint256 already = claimed[account];
        if (cumulativeAmount <= already) revert NothingToClaim();

        amount = cumulativeAmount - already;
        claimed[account] = cumulativeAmount;
        emit Claimed(account, amount, cumulativeAmount, msg.sender);
        token.safeTransfer(account, amount);
    }

    // --- pausing and admin -----------------------------------------------------------

    /// @notice Block claims and epoch posting. PAUSER_ROLE only.
    function pause() external onlyRole(PAUSER_ROLE) {
        if (_epochs.paused) revert EnforcedPause();
        _epochs.paused = true;
        _heldRoot = _root;
        _root = bytes32(0);
        emit Paused(msg.sender);
    }

    /// @notice Allow claims and epoch posting again. PAUSER_ROLE only.
    function unpause() external onlyRole(PAUSER_ROLE) {
        if (!_epochs.paused) revert ExpectedPause();
        _epochs.paused = false;
        _root = _heldRoot;
        _heldRoot = bytes32(0);
        emit Unpaused(msg.sender);
    }

    /// @notice Move `amount` tokens that no entitlement needs (balance minus
    ///         totalCumulative - claimedTotal) to `to`. DEFAULT_ADMIN_ROLE only.
    function recoverSurplus(address to, uint256 amount)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
        nonReentrant
    {
        if (to == address(0)) revert ZeroAddress();
        uint256 available = surplus();
        if (amount > available) revert InsufficientSurplus(amount, available);
        emit SurplusRecovered(to, amount);
        token.safeTransfer(to, amount);
    }

    // --- views -----------------------------------------------------------------------

    /// @notice Rewards root of the latest epoch; claims are verified against it (also
    ///         while paused, when claims are refused).
    function merkleRoot() external view returns (bytes32) {
        return _epochs.paused ? _heldRoot : _root;
    }

    /// @notice Latest posted epoch (0 before the first post; epochs start at 1).
    function currentEpoch() external view returns (uint64) {
        return _epochs.epoch;
    }

    /// @notice Whether claims and epoch posting are paused.
    function paused() external view returns (bool) {
        return _epochs.paused;
    }

    /// @notice Sum of all cumulative entitlements under the latest root (settler-declared).
    function totalCumulative() external view returns (uint256) {
        return _totals.cumulative;
    }

    /// @notice Total paid out before the latest post, as the settler counted it from the
    ///         Claimed events (a lower bound of what has been paid since).
    function claimedTotal() external view returns (uint256) {
        return _totals.claimed;
    }

    /// @notice Tokens held beyond what outstanding entitlements need, by the latest post's
    ///         figures (balance - (totalCumulative - claimedTotal)).
    function surplus() public view returns (uint256) {
        Totals memory totals = _totals;
        uint256 outstanding = uint256(totals.cumulative) - totals.claimed;
        uint256 balance = token.balanceOf(address(this));
        return balance > outstanding ? balance - outstanding : 0;
    }

    /// @notice The EIP-712 domain separator of the app's signatures (name "DataFi",
    ///         version "1", this chain, this contract).
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }
}
