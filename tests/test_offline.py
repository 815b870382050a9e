"""Offline, provably: with every socket refused, the library, search and both writers still work."""

import socket

import pytest


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("a network connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_init_search_and_build_need_no_network(no_network, tmp_path):
    from briefing_builder.build import build
    from briefing_builder.library import Library
    from briefing_builder.pack.spec import PackSpec

    with Library.open(tmp_path / "data" / "library.sqlite") as lib:
        assert lib.search("Malabo").total > 0
        result = build(lib, PackSpec(template="ministerial-summit", country="ETH", date="2026-12-01"), tmp_path)
        assert len(result.files) == 2
