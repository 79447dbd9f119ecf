"""The chain side of DataFi: contract artifacts, deployment and the embedded EVM.

- :mod:`.artifacts`: compiled ABIs and bytecode from ``resources/contracts/artifacts/``,
  and decoding of contract reverts into their custom errors.
- :mod:`.embedded`: :func:`deploy_contracts` for any web3, and :class:`EmbeddedChain`,
  the in-process EVM (eth-tester on py-evm) that a fresh install uses.

The embedded module imports web3 and eth-tester; import it only where a chain is needed.
"""

from __future__ import annotations

from datafi_desktop.core.chain.artifacts import (
    Artifact,
    ArtifactError,
    DecodedRevert,
    decode_revert,
    load_artifact,
    resources_dir,
    revert_data,
)

__all__ = [
    "Artifact",
    "ArtifactError",
    "DecodedRevert",
    "decode_revert",
    "load_artifact",
    "resources_dir",
    "revert_data",
]
