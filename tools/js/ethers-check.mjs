#!/usr/bin/env node
// ethers v6 checks of what the Python side signs and stores, for the interop tests.
// Reads one JSON object on stdin and prints one JSON line.
//
//   {"typed": [{"typed_data": <eth_signTypedData_v4 payload>, "signature": "0x.."}, ...]}
//      -> {"typed": [recovered address, ...]}   (ethers.verifyTypedData)
//   {"personal": [{"text": "...", "signature": "0x.."}, ...]}
//      -> {"personal": [recovered address, ...]}  (ethers.verifyMessage, EIP-191)
//   {"keystore": <keystore v3 JSON>, "password": "..."}
//      -> {"keystore": address}   (ethers.Wallet.fromEncryptedJson)
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { verifyTypedData, verifyMessage, Wallet } = require("ethers");

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const out = {};
if (input.typed) {
  out.typed = input.typed.map(({ typed_data: t, signature }) => {
    const types = { ...t.types };
    delete types.EIP712Domain; // ethers derives the domain type from the domain itself
    return verifyTypedData(t.domain, types, t.message, signature);
  });
}
if (input.personal) {
  out.personal = input.personal.map(({ text, signature }) => verifyMessage(text, signature));
}
if (input.keystore) {
  const wallet = await Wallet.fromEncryptedJson(JSON.stringify(input.keystore), input.password);
  out.keystore = wallet.address;
}
process.stdout.write(JSON.stringify(out) + "\n");
