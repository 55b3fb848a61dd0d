#!/usr/bin/env python3
# How long each stage of one indexer run takes: runs the command under a pseudo-terminal, so that the indexer shows its stages
# (it does only on a terminal), and times the moments each stage is announced.
#   python3 bench/stage-times.py /tmp/incremental-bench/indexer/Indexer build --content CONTENT --data DATA
import os, pty, sys, time, re
start = time.time(); stages = []; buf = b''
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
while True:
    try:
        data = os.read(fd, 65536)
    except OSError:
        break
    if not data: break
    now = time.time() - start
    buf += data
    for m in re.finditer(rb'indexer: ([^\r\n]*?)\xe2\x80\xa6', data):
        stages.append((now, m.group(1).decode(errors='replace')))
os.waitpid(pid, 0)
end = time.time() - start
first = stages[0][0] if stages else end
print(f"{first*1000:7.0f} ms  start-up until the first stage")
for i, (t, name) in enumerate(stages):
    nxt = stages[i+1][0] if i + 1 < len(stages) else end
    print(f"{(nxt-t)*1000:7.0f} ms  {name[:90]}")
print(f"{end*1000:7.0f} ms  whole process")
