# ruff: noqa: E501, UP031, SIM105  (run by Debian's /usr/bin/python3 with its pyatspi)
"""Walks Anapana through the real AT-SPI bus with Debian's pyatspi (run by /usr/bin/python3).

argv: the starts of the bundled sessions' descriptions, one a line. Prints `ok ...` lines; exits non-zero
with the reason on the first thing a screen reader could not find or do.
"""

import subprocess
import sys
import time

import pyatspi


def fail(why):
    print("FAIL " + why, flush=True)
    sys.exit(1)


def app():
    deadline = time.time() + 40
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            child = desktop.getChildAtIndex(index)
            if child is not None and "anapana" in (child.name or "").lower():
                return child
        time.sleep(0.5)
    fail("the app never appeared on the accessibility bus")


def walk(node, depth=0):
    if node is None or depth > 40:
        return
    yield node
    for index in range(node.childCount):
        yield from walk(node.getChildAtIndex(index), depth + 1)


def showing(node):
    return node.getState().contains(pyatspi.STATE_SHOWING)


def find(root, test, what, timeout=15):
    deadline = time.time() + timeout
    while time.time() < deadline:
        for node in walk(root):
            try:
                if showing(node) and test(node):
                    return node
            except Exception:  # a node went away while walking: look again
                pass
        time.sleep(0.3)
    seen = []
    for node in walk(root):
        try:
            if showing(node) and node.name and node.getRoleName() in ("push button", "toggle button", "check box"):
                seen.append("%s %r" % (node.getRoleName(), node.name[:60]))
        except Exception:
            pass
    fail("not found: " + what + "; showing: " + "; ".join(seen[:40]))


def press(root, name):
    button = find(root, lambda n: n.getRoleName() in ("push button", "toggle button")
                  and n.name == name, "button " + name)
    button.queryAction().doAction(0)
    print("ok pressed " + name, flush=True)


def focused(root):
    # Qt marks the current list item, table cell and tab "focused" wherever the focus
    # is: the focused control is the first other node in that state.
    for node in walk(root):
        try:
            state = node.getState()
            if state.contains(pyatspi.STATE_FOCUSED) and state.contains(pyatspi.STATE_SHOWING) \
                    and node.getRoleName() not in ("list item", "table cell", "page tab"):
                return node
        except Exception:
            pass
    return None


def key(name):
    subprocess.run(["xdotool", "key", name], check=True)
    time.sleep(0.6)


def main():
    descriptions = [d for d in sys.argv[1].split("\n") if d]
    root = app()
    print("ok app " + root.name, flush=True)
    # Library: the selected session's description is exposed as its own text.
    find(root, lambda n: n.getRoleName() == "list" and n.name == "Sessions", "the list")
    find(root, lambda n: n.getRoleName() == "label"
         and any(n.name.startswith(d) for d in descriptions),
         "the session description as text")
    print("ok description text", flush=True)
    combo = find(root, lambda n: n.getRoleName() == "combo box", "the tag filter")
    labels = [r.getTarget(0).name for r in combo.getRelationSet()
              if r.getRelationType() == pyatspi.RELATION_LABELLED_BY]
    if "Tag" not in [label.replace("&", "") for label in labels]:
        fail("the tag filter is not labelled: %r" % labels)
    print("ok tag filter labelled", flush=True)
    # The player.
    press(root, "Start")
    for _ in range(2):
        try:
            skip = find(root, lambda n: n.name == "Skip (Esc)", "check-in", timeout=3)
            skip.queryAction().doAction(0)
        except SystemExit:
            break
    buttons = ("push button", "toggle button", "check box")  # Qt: a checkable button
    pause = find(root, lambda n: n.getRoleName() in buttons and n.name == "Pause",
                 "the Pause button")
    find(root, lambda n: n.getRoleName() == "label" and n.name.endswith(" left"), "time left")
    try:  # a session may open with words that wait for the user
        find(root, lambda n: n.name == "Continue", "Continue", timeout=3).queryAction() \
            .doAction(0)
        time.sleep(0.5)
    except SystemExit:
        pass
    pause.queryAction().doAction(0)
    find(root, lambda n: n.getRoleName() == "label" and n.name == "Paused", "Paused shown")
    find(root, lambda n: n.getRoleName() in buttons and n.name == "Resume"
         and (n.getState().contains(pyatspi.STATE_CHECKED)
              or n.getState().contains(pyatspi.STATE_PRESSED)), "Resume, pressed")
    print("ok paused exposed", flush=True)
    press(root, "Stop")
    find(root, lambda n: n.getRoleName() == "label" and n.name.startswith("You practised"),
         "the end screen's words")
    try:
        find(root, lambda n: n.name == "Skip (Esc)", "after check-in", timeout=3) \
            .queryAction().doAction(0)
    except SystemExit:
        pass
    press(root, "Back to the library")
    press(root, "History")
    table = find(root, lambda n: n.getRoleName() == "table" and n.name == "Practices",
                 "the History table")
    print("ok history table", flush=True)
    table.queryComponent().grabFocus()
    time.sleep(0.6)
    key("Down")
    now = focused(table) or focused(root)
    key("Tab")
    now = focused(root)
    if now is None or now.getRoleName() not in ("text", "paragraph", "entry"):
        fail("Tab did not leave the table for the note: %r %r"
             % (now and now.getRoleName(), now and now.name))
    key("Tab")
    now = focused(root)
    if now is None or now.name != "Save note":
        fail("the second Tab did not reach Save note: %r" % (now and now.name))
    print("ok tab leaves the table", flush=True)
    print("ok done", flush=True)


main()
