#!/usr/bin/env python
"""Varnish in front of running gunicorn nodes, with deploy/varnish/iurc.vcl: the production topology, locally.

    .venv/bin/python scripts/varnish.py --backend 127.0.0.1:8001 --backend 127.0.0.1:8002 --host localhost

writes var/varnish/<port>/backends.vcl for the nodes, starts varnishd in the foreground (-F) with its own work
directory (-n), listens on 127.0.0.1 (--port, default a free one) and stops it on Ctrl-C. The system test and
the benchmark use `start()` to do the same as a child process.
"""

import argparse
import contextlib
import http.client
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VCL = ROOT / "deploy" / "varnish" / "iurc.vcl"
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"

BACKEND = """backend node_{number} {{
    .host = "{host}";
    .port = "{port}";
    .host_header = "{host_header}";
    .probe = healthz;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
}}
"""


def free_port():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def backends_vcl(nodes, host_header):
    """backends.vcl for iurc.vcl: one backend per (host, port), all added to the round-robin director."""
    blocks = [
        BACKEND.format(number=number, host=host, port=port, host_header=host_header)
        for number, (host, port) in enumerate(nodes, start=1)
    ]
    adds = "".join(f"    app.add_backend(node_{number});\n" for number in range(1, len(nodes) + 1))
    return "\n".join(blocks) + "\nsub vcl_init {\n" + adds + "}\n"


def command(nodes, host_header, port, workdir, memory="256m"):
    """Write backends.vcl into `workdir` and return the varnishd command line (foreground, own -n)."""
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "backends.vcl").write_text(backends_vcl(nodes, host_header))
    return [
        VARNISHD,
        "-F",
        "-n", str(workdir / "varnishd"),
        "-a", f"127.0.0.1:{port}",
        "-f", str(VCL),
        "-p", f"vcl_path={workdir}:{VCL.parent}",
        "-s", f"malloc,{memory}",
    ]  # fmt: skip


def wait_until_up(port, process, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("varnishd exited; see its log")
        with contextlib.suppress(OSError, http.client.HTTPException):
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("OPTIONS", "*")
            connection.getresponse().read()
            connection.close()
            return
        time.sleep(0.2)
    raise RuntimeError("varnishd did not listen in time")


def start(processes, nodes, host_header, workdir, env, log):
    """Start varnishd as a child of `processes` (scripts/bench.py Processes); returns its port once it listens."""
    port = free_port()
    process = processes.start(command(nodes, host_header, port, workdir), env, log)
    wait_until_up(port, process)
    return port


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", action="append", required=True, help="HOST:PORT of a gunicorn node")
    parser.add_argument("--host", default="localhost", help="the site's host name, sent with the health probe")
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: a free one)")
    parser.add_argument("--memory", default="256m", help="cache size (-s malloc,SIZE)")
    args = parser.parse_args()
    nodes = [tuple(backend.rsplit(":", 1)) for backend in args.backend]
    port = args.port or free_port()
    workdir = ROOT / "var" / "varnish" / str(port)
    print(f"Varnish on http://127.0.0.1:{port}/ in front of {', '.join(args.backend)}", flush=True)
    try:
        return subprocess.call(command(nodes, args.host, port, workdir, args.memory))
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
