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
///
///         A claim pays `cumulativeAmount - claimed[account]` to `account`, whoever sends the
///         transaction (this is what lets a relayer claim for a user without gas). An old proof
///         (cumulativeAmount <= claimed[account]) reverts with NothingToClaim(), so no amount is
///         ever paid twice and a stale proof costs the sender a clear revert rather than a
///         silent no-op.
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

    /// @dev What every claim reads, in one storage slot: the latest epoch (whose rewards
    ///      root is the claim root), the pause flag and the total paid out. `live` is set at
    ///      deployment so that the slot is never zero: the first claim's write of the total
    ///      then costs 2,900 gas instead of 20,000.
    struct State {
        uint64 epoch;
        bool paused;
        bool live;
        uint128 totalClaimed;
    }

    State private _state;
    /// @notice Sum of all cumulative entitlements under the latest root (settler-declared).
    uint256 public totalCumulative;
    /// @notice Cumulative amount already paid to each account.
    mapping(address account => uint256) public claimed;

    mapping(uint64 epoch => bytes32) private _rewardsRoots;
    mapping(uint64 epoch => bytes32) private _submissionRoots;

    /// @notice A new epoch was posted.
    event EpochPosted(
        uint64 indexed epoch,
        bytes32 rewardsRoot,
        bytes32 submissionsRoot,
        uint256 totalCumulative,
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
    ///         (usually: a new epoch was posted while the claim was in flight; fetch a new proof).
    error RootMismatch(bytes32 expected, bytes32 current);
    /// @notice The proof does not prove (account, cumulativeAmount) under the current root.
    error InvalidProof();
    /// @notice cumulativeAmount is not above what the account has already been paid.
    error NothingToClaim();
    /// @notice Epochs must strictly increase.
    error EpochNotIncreasing(uint64 current, uint64 proposed);
    /// @notice Cumulative entitlements never shrink, so their total may not fall below the
    ///         previous total nor below what has already been paid.
    error TotalCumulativeTooLow(uint256 minimum, uint256 proposed);
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
        _state.live = true;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        if (settler != address(0)) _grantRole(SETTLER_ROLE, settler);
        if (pauser != address(0)) _grantRole(PAUSER_ROLE, pauser);
    }

    // --- settlement ------------------------------------------------------------------

    /// @notice Post epoch `epoch`: its rewards root (which becomes the claim root), its
    ///         submissions root, the total of all cumulative entitlements and a URI where the
    ///         full trees can be fetched. SETTLER_ROLE only; not while paused.
    /// @dev Reverts EpochNotIncreasing, TotalCumulativeTooLow, or InsufficientFunding when
    ///      the contract's balance cannot cover `epochTotalCumulative - totalClaimed`.
    function postEpoch(
        uint64 epoch,
        bytes32 epochRewardsRoot,
        bytes32 epochSubmissionsRoot,
        uint256 epochTotalCumulative,
        string calldata uri
    ) external onlyRole(SETTLER_ROLE) {
        if (_state.paused) revert EnforcedPause();
        uint64 current = _state.epoch;
        if (epoch <= current) revert EpochNotIncreasing(current, epoch);
        uint256 previousTotal = totalCumulative;
        uint256 paid = _state.totalClaimed;
        uint256 minimum = previousTotal > paid ? previousTotal : paid;
        if (epochTotalCumulative < minimum) {
            revert TotalCumulativeTooLow(minimum, epochTotalCumulative);
        }
        uint256 required = epochTotalCumulative - paid;
        uint256 available = token.balanceOf(address(this));
        if (available < required) revert InsufficientFunding(required, available);

        _state.epoch = epoch;
        if (epochTotalCumulative != previousTotal) totalCumulative = epochTotalCumulative;
        _rewardsRoots[epoch] = epochRewardsRoot;
        _submissionRoots[epoch] = epochSubmissionsRoot;

        emit EpochPosted(epoch, epochRewardsRoot, epochSubmissionsRoot, epochTotalCumulative, uri);
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
        State memory state = _state;
        if (state.paused) revert EnforcedPause();
        bytes32 root = _rewardsRoots[state.epoch];
        if (expectedRoot != root) revert RootMismatch(expectedRoot, root);
        bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(account, cumulativeAmount))));
        if (!MerkleProof.verifyCalldata(proof, root, leaf)) revert InvalidProof();
        uint256 already = claimed[account];
        if (cumulativeAmount <= already) revert NothingToClaim();

        amount = cumulativeAmount - already;
        claimed[account] = cumulativeAmount;
        _state.totalClaimed = SafeCast.toUint128(uint256(state.totalClaimed) + amount);
        emit Claimed(account, amount, cumulativeAmount, msg.sender);
        token.safeTransfer(account, amount);
    }

    // --- pausing and admin -----------------------------------------------------------

    /// @notice Block claims and epoch posting. PAUSER_ROLE only.
    function pause() external onlyRole(PAUSER_ROLE) {
        if (_state.paused) revert EnforcedPause();
        _state.paused = true;
        emit Paused(msg.sender);
    }

    /// @notice Allow claims and epoch posting again. PAUSER_ROLE only.
    function unpause() external onlyRole(PAUSER_ROLE) {
        if (!_state.paused) revert ExpectedPause();
        _state.paused = false;
        emit Unpaused(msg.sender);
    }

    /// @notice Move `amount` tokens that no entitlement needs (balance minus
    ///         totalCumulative - totalClaimed) to `to`. DEFAULT_ADMIN_ROLE only.
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

    /// @notice Rewards root of the latest epoch; claims are verified against it.
    function merkleRoot() external view returns (bytes32) {
        return _rewardsRoots[_state.epoch];
    }

    /// @notice Latest posted epoch (0 before the first post; epochs start at 1).
    function currentEpoch() external view returns (uint64) {
        return _state.epoch;
    }

    /// @notice Sum of everything paid out so far.
    function totalClaimed() public view returns (uint256) {
        return _state.totalClaimed;
    }

    /// @notice Whether claims and epoch posting are paused.
    function paused() external view returns (bool) {
        return _state.paused;
    }

    /// @notice Rewards root posted for `epoch` (zero if none).
    function rewardsRoot(uint64 epoch) external view returns (bytes32) {
        return _rewardsRoots[epoch];
    }

    /// @notice Submissions root posted for `epoch` (zero if none).
    function submissionRoot(uint64 epoch) external view returns (bytes32) {
        return _submissionRoots[epoch];
    }

    /// @notice Whether `submissionDigest` is a leaf of the submissions tree of `epoch`.
    /// @param leafValue the submission digest (the tree leaf is its standard double hash)
    function verifySubmission(uint64 epoch, bytes32 leafValue, bytes32[] calldata proof)
        external
        view
        returns (bool)
    {
        bytes32 root = _submissionRoots[epoch];
        if (root == bytes32(0)) return false;
        bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(leafValue))));
        return MerkleProof.verifyCalldata(proof, root, leaf);
    }

    /// @notice Whether (account, cumulativeAmount) is a leaf of the rewards tree of `epoch`.
    function verifyEntitlement(
        uint64 epoch,
        address account,
        uint256 cumulativeAmount,
        bytes32[] calldata proof
    ) external view returns (bool) {
        bytes32 root = _rewardsRoots[epoch];
        if (root == bytes32(0)) return false;
        bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(account, cumulativeAmount))));
        return MerkleProof.verifyCalldata(proof, root, leaf);
    }

    /// @notice Tokens held beyond what outstanding entitlements need.
    function surplus() public view returns (uint256) {
        uint256 total = totalCumulative;
        uint256 paid = _state.totalClaimed;
        uint256 outstanding = total > paid ? total - paid : 0;
        uint256 balance = token.balanceOf(address(this));
        return balance > outstanding ? balance - outstanding : 0;
    }

    /// @notice The EIP-712 domain separator of the app's signatures (name "DataFi",
    ///         version "1", this chain, this contract).
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }
}
