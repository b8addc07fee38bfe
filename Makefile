# certdesk — the two commands a newcomer needs are `make run` and `make test`.
# Both install what is missing on a Debian machine first.

SWIFT        ?= swift
APT_PACKAGES := libncurses-dev libsqlite3-dev tmux sqlite3
DEBUG_BIN    := .build/debug/certdesk
DEMO_DB      := .run/demo.sqlite

.PHONY: all setup build run test bench width-table clean

all: build

# Installs the system packages certdesk builds and tests with, only when one is missing.
setup:
	@missing=""; \
	for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "certdesk: installing$$missing"; \
		if [ "$$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi; \
		$$sudo apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: setup
	$(SWIFT) build

# Opens the console on a fresh demo desk (TCN region, fictional people).
run: build
	@mkdir -p .run
	@$(DEBUG_BIN) console --demo --db $(DEMO_DB)

# Every test: unit, store, screen and end-to-end (the end-to-end tests drive the built binaries;
# the console runs from the release build in tmux, as an officer would run it).
test: setup
	$(SWIFT) build
	$(DEBUG_BIN) playbook lint
	$(SWIFT) build -c release --product certdesk
	CERTDESK_CONSOLE_BIN=$(CURDIR)/.build/release/certdesk $(SWIFT) test

# Release-build benchmarks (figures, not pass/fail).
bench: setup
	$(SWIFT) build -c release
	.build/release/certdesk-bench all

# Regenerates the console's display-width table from this machine's glibc wcwidth (after a
# glibc upgrade; DisplayWidthTableGeneratorTests says when it is due).
width-table:
	@mkdir -p .build
	clang -O2 -o .build/display-width-table tools/display-width-table.c
	.build/display-width-table > Sources/CertDeskUI/Screen/DisplayWidthTable.swift.new
	mv Sources/CertDeskUI/Screen/DisplayWidthTable.swift.new Sources/CertDeskUI/Screen/DisplayWidthTable.swift

clean:
	rm -rf .build .run
