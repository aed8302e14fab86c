"""deploy/varnish/iurc.vcl under varnishtest (deploy/varnish/tests/*.vtc): caching, purges, bans, retries."""

import shutil
import subprocess
from pathlib import Path

import pytest

VARNISH = Path(__file__).resolve().parent.parent / "deploy" / "varnish"


@pytest.mark.skipif(not shutil.which("varnishtest"), reason="Debian's varnish is not installed (.ci/run installs it)")
@pytest.mark.parametrize("vtc", sorted((VARNISH / "tests").glob("*.vtc")), ids=lambda path: path.name)
def test_vcl(vtc):
    command = ["varnishtest", "-q", "-D", f"vcl_dir={VARNISH}", str(vtc)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
