#!/usr/bin/env python3
"""Re-runs every command shown in README.md and pastes its real output.

A block looks like:
    <!-- run: majlis top seeds --limit 8 | head -5 -->
    ...anything (replaced)...
    <!-- end -->
The command runs from the repository root with `majlis` meaning .build/debug/majlis (build first).
Output is shown as a console session: `$ command`, then stdout and stderr as a terminal would show them.
"""
import os, re, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = os.environ.get("MAJLIS", os.path.join(root, ".build", "debug", "majlis"))
path = os.path.join(root, "README.md")
text = open(path, encoding="utf-8").read()

def run(m):
    cmd = m.group(1).strip()
    shell = re.sub(r"(^|[|;&]\s*)majlis\b", lambda x: x.group(1) + binary, cmd)
    out = subprocess.run(["bash", "-c", shell + " 2>&1"], cwd=root, capture_output=True, text=True).stdout
    out = out.replace(binary, "majlis").rstrip("\n")
    return f"<!-- run: {cmd} -->\n```console\n$ {cmd}\n{out}\n```\n<!-- end -->"

new = re.sub(r"<!-- run: (.*?) -->\n.*?<!-- end -->", run, text, flags=re.S)
open(path, "w", encoding="utf-8").write(new)
print("README.md refreshed", file=sys.stderr)
