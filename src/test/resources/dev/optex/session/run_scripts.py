"""Runs scripts written by `optex export-py` in one Python process, so PyTorch is imported once.

    python3 run_scripts.py SCRIPT.py ... [--needs-2x SCRIPT.py ...]

Prints torch.__version__, or exits with status 3 when torch cannot be imported. Each script runs as __main__ with
its stdout captured into SCRIPT.py.out; a failure leaves its traceback in SCRIPT.py.err. Scripts after --needs-2x
use what only PyTorch 2.x has: with an older PyTorch they are only compiled (no .out).
"""
import contextlib
import io
import runpy
import sys
import traceback


def run(path, compile_only):
    out = io.StringIO()
    try:
        if compile_only:
            with open(path, encoding='utf-8') as f:
                compile(f.read(), path, 'exec')
            return
        with contextlib.redirect_stdout(out):
            runpy.run_path(path, run_name='__main__')
    except BaseException:  # the test reports whatever the script raised
        with open(path + '.err', 'w', encoding='utf-8') as f:
            f.write(traceback.format_exc())
    with open(path + '.out', 'w', encoding='utf-8', newline='') as f:
        f.write(out.getvalue())


def main(args):
    try:
        import torch
    except ImportError as ex:
        print(f'no PyTorch: {ex}', file=sys.stderr)
        sys.exit(3)
    print(torch.__version__)
    has_2x = int(torch.__version__.split('.')[0]) >= 2
    needs_2x = False
    for path in args:
        if path == '--needs-2x':
            needs_2x = True
        else:
            run(path, needs_2x and not has_2x)


if __name__ == '__main__':
    main(sys.argv[1:])
