"""Readable sources of the three demo parks (see ../README.md and ../build_demo_parks.py).

Each park module holds plain tables (zones, firms, facilities, networks, exchanges...) in local
metres around a real site; :mod:`demoparks.builder` turns them into an ``ecopark`` Park.
"""
