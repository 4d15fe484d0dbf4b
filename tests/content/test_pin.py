"""The admin PIN hash that `kiosk set-pin` writes and the admin gesture checks."""

from __future__ import annotations

from kiosk.content.pin import ITERATIONS, hash_pin, is_pin_hash, verify_pin


def test_hash_round_trip_and_format():
    stored = hash_pin("2468")
    algorithm, iterations, salt, digest = stored.split("$")
    assert (algorithm, int(iterations), len(bytes.fromhex(salt)), len(digest)) == ("pbkdf2_sha256", ITERATIONS, 16, 64)
    assert is_pin_hash(stored)
    assert verify_pin("2468", stored)
    assert not verify_pin("2469", stored)


def test_salts_differ():
    assert hash_pin("1111") != hash_pin("1111")


def test_malformed_hashes_never_verify():
    for stored in (
        "",
        "1234",
        "pbkdf2_sha256$600000$zz$00",
        "md5$1$00$00",
        "pbkdf2_sha256$99999999999$" + "00" * 16 + "$" + "0" * 64,
    ):
        assert not is_pin_hash(stored)
        assert not verify_pin("1234", stored)
