# SPDX-License-Identifier: MIT
"""natsauth.py - throwaway NATS credentials for the tests, made at run
time: NKeys (ed25519 through python3-cryptography, encoded as NATS does:
base32 of a prefix byte, the key and a CRC-16), the operator, account and
user JWTs of a credentials file, and a CA with server and client
certificates (the openssl command). Nothing here is a real secret."""
import base64
import binascii
import hashlib
import json
import os
import subprocess
import time

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

# prefix bytes of github.com/nats-io/nkeys
SEED, OPERATOR, ACCOUNT, USER = 18 << 3, 14 << 3, 0, 20 << 3


def _b32(raw):
    return base64.b32encode(raw).decode("ascii").rstrip("=")


def _crc(raw):
    return binascii.crc_hqx(raw, 0).to_bytes(2, "little")  # CRC-16/XMODEM, as nkeys


class NKey:
    """An ed25519 key pair of one kind (OPERATOR, ACCOUNT or USER)."""

    def __init__(self, kind):
        self.kind = kind
        self._key = ed25519.Ed25519PrivateKey.generate()
        raw_seed = self._key.private_bytes(serialization.Encoding.Raw,
                                           serialization.PrivateFormat.Raw,
                                           serialization.NoEncryption())
        raw_pub = self._key.public_key().public_bytes(serialization.Encoding.Raw,
                                                      serialization.PublicFormat.Raw)
        head = bytes([SEED | kind >> 5, (kind & 31) << 3])
        self.seed = _b32(head + raw_seed + _crc(head + raw_seed))
        self.public = _b32(bytes([kind]) + raw_pub + _crc(bytes([kind]) + raw_pub))

    def sign(self, data):
        return self._key.sign(data)


def _b64(raw):
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def jwt(issuer, subject, name, nats):
    """A NATS JWT (version 2) for subject.public, signed by issuer."""
    claims = {"iat": int(time.time()), "iss": issuer.public, "name": name,
              "sub": subject.public, "nats": dict(nats, version=2)}
    claims["jti"] = _b32(hashlib.sha256(json.dumps(claims, sort_keys=True)
                                        .encode("utf-8")).digest())
    head = _b64(json.dumps({"typ": "JWT", "alg": "ed25519-nkey"}).encode("ascii"))
    body = _b64(json.dumps(claims).encode("utf-8"))
    signed = ("%s.%s" % (head, body)).encode("ascii")
    return "%s.%s" % (signed.decode("ascii"), _b64(issuer.sign(signed)))


UNLIMITED = {"subs": -1, "data": -1, "payload": -1}


def operator_setup(tmp):
    """An operator, a system account and an account with JetStream, and one
    user of it. Returns (server config lines, credentials file path, user
    NKey)."""
    op, sys_acct, acct, user = (NKey(OPERATOR), NKey(ACCOUNT), NKey(ACCOUNT), NKey(USER))
    limits = dict(UNLIMITED, imports=-1, exports=-1, wildcards=True, conn=-1, leaf=-1)
    op_jwt = jwt(op, op, "sift-test", {"type": "operator", "system_account": sys_acct.public})
    sys_jwt = jwt(op, sys_acct, "SYS", {"type": "account", "limits": limits})
    acct_jwt = jwt(op, acct, "SIFT", {"type": "account", "limits": dict(
        limits, mem_storage=-1, disk_storage=-1, streams=-1, consumer=-1)})
    user_jwt = jwt(acct, user, "siftd", {"type": "user", "pub": {}, "sub": {}, **UNLIMITED})
    creds = os.path.join(tmp, "siftd.creds")
    with open(creds, "w", encoding="ascii") as fh:
        fh.write("-----BEGIN NATS USER JWT-----\n%s\n------END NATS USER JWT------\n\n"
                 "-----BEGIN USER NKEY SEED-----\n%s\n------END USER NKEY SEED------\n"
                 % (user_jwt, user.seed))
    os.chmod(creds, 0o600)
    lines = ["operator: %s" % op_jwt, "system_account: %s" % sys_acct.public,
             "resolver: MEMORY",
             "resolver_preload: { %s: %s, %s: %s }" % (sys_acct.public, sys_jwt,
                                                       acct.public, acct_jwt)]
    return lines, creds, user


def _openssl(tmp, *args):
    subprocess.run(["openssl", *args], cwd=tmp, check=True, capture_output=True, timeout=60)


def certificates(tmp, prefix=""):
    """A CA (prefix + ca.pem) and, signed by it, a server certificate for
    127.0.0.1 (server.pem/.key) and a client certificate (client.pem/.key),
    all in tmp. Returns {name: path}."""
    p = {k: os.path.join(tmp, prefix + k) for k in
         ("ca.pem", "ca.key", "server.pem", "server.key", "client.pem", "client.key")}
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    _openssl(tmp, "req", "-x509", *ec, "-keyout", p["ca.key"], "-out", p["ca.pem"], "-days",
             "2", "-subj", "/CN=sift test CA %s" % prefix,
             "-addext", "basicConstraints=critical,CA:TRUE",
             "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    for who, ext in (("server", "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n"),
                     ("client", "extendedKeyUsage=clientAuth\n")):
        extfile = os.path.join(tmp, prefix + who + ".ext")
        with open(extfile, "w", encoding="ascii") as fh:
            fh.write(ext)
        csr = os.path.join(tmp, prefix + who + ".csr")
        _openssl(tmp, "req", *ec, "-keyout", p[who + ".key"], "-out", csr,
                 "-subj", "/CN=sift test %s" % who)
        _openssl(tmp, "x509", "-req", "-in", csr, "-CA", p["ca.pem"], "-CAkey", p["ca.key"],
                 "-CAcreateserial", "-days", "2", "-out", p[who + ".pem"], "-extfile", extfile)
    return p
