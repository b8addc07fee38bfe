# certdesk — the two commands a newcomer needs are `make run` and `make test`.
# Both install what is missing on a Debian machine first.

SWIFT        ?= swift
APT_PACKAGES := libncurses-dev libsqlite3-dev libcurl4 tmux sqlite3 python3 python3-venv openssl
DEBUG_BIN    := .build/debug/certdesk
DEMO_DB      := .run/demo.sqlite
# The test peers from PyPI, in a venv of their own: a real SMTP server for the notification tests,
# the OASIS STIX 2.1 validator for the exported bundles, and the OASIS TAXII 2.1 reference server
# (medallion) the exchange tests push to and pull from on loopback.
PEERS        := .build/peers
PEER_PACKAGES := aiosmtpd==1.4.6 stix2-validator==3.3.2 medallion==3.0.0
# A real browser for the report tests: the HTML reports are opened in headless Chromium.
BROWSER_PACKAGES := chromium
BROWSER      := /usr/bin/chromium

PREFIX       ?= /usr/local
DESTDIR      ?=
RELEASE_BIN  := .build/release/certdesk
MANUAL_DIR   := .build/manual
INSTALL_CHECK := $(CURDIR)/.build/install-check
# The man page and completions are generated in English, whatever the builder's locale or configuration.
ENGLISH      := env LC_ALL=C.UTF-8 XDG_CONFIG_HOME=/nonexistent

.PHONY: all setup peers build run test bench stress fuzz width-table shipped-files release manual install install-files uninstall clean

all: build

# Installs the Debian packages named, only those missing.
define apt_install
	@missing=""; \
	for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "certdesk: installing$$missing"; \
		if [ "$$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi; \
		$$sudo apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

# Installs the system packages certdesk builds and tests with, only when one is missing.
setup:
	$(call apt_install,$(APT_PACKAGES))

build: setup
	$(SWIFT) build

# The test peers, installed once into $(PEERS) (only loopback servers are started from them),
# and the browser the HTML reports are checked in.
peers: setup
	$(call apt_install,$(BROWSER_PACKAGES))
	@test -x $(PEERS)/bin/python || python3 -m venv $(PEERS)
	@$(PEERS)/bin/python -c "import aiosmtpd, stix2validator, medallion" 2>/dev/null || $(PEERS)/bin/pip install -q $(PEER_PACKAGES)

# Opens the console on a fresh demo desk (TCN region, fictional people).
run: build
	@mkdir -p .run
	@$(DEBUG_BIN) console --demo --db $(DEMO_DB)

# Every test: unit, store, screen and end-to-end (the end-to-end tests drive the built binary;
# the console runs in tmux, as an officer would run it; an installation into a DESTDIR is run
# from another folder). All of it on the debug build the tests themselves need: a second, release
# build of the whole package would double the time a fresh machine takes (BoringSSL, NIO and
# GRDB at -O), and the code paths are the same. `make bench` is where release builds are measured.
test: setup peers
	$(SWIFT) build
	$(DEBUG_BIN) playbook lint
	rm -rf $(INSTALL_CHECK)
	$(MAKE) install-files DESTDIR=$(INSTALL_CHECK) PREFIX=/usr INSTALL_BIN=$(DEBUG_BIN)
	CERTDESK_INSTALLED=$(INSTALL_CHECK)/usr \
		CERTDESK_TEST_PYTHON=$(CURDIR)/$(PEERS)/bin/python CERTDESK_TEST_BROWSER=$(BROWSER) $(SWIFT) test

# Release-build benchmarks (figures, not pass/fail).
bench: setup
	$(SWIFT) build -c release
	.build/release/certdesk-bench all

# Reliability on the release build (README, "Reliability and security"): writers of every kind
# killed with SIGKILL mid-write at least STRESS_KILLS times, then a year's backlog ingested at
# once and STRESS_SECONDS of an ingest loop, two writers, a reader and two consoles on the desk.
STRESS_KILLS   ?= 1000
STRESS_SECONDS ?= 60
stress: setup
	$(SWIFT) build -c release
	.build/release/certdesk-stress kills --kills $(STRESS_KILLS)
	.build/release/certdesk-stress load --backlog 30000 --seconds $(STRESS_SECONDS)

# In-process fuzzing of every reader of outside input (`certdesk-fuzz list` names them):
# FUZZ_INPUTS inputs per target, FUZZ_JOBS targets at a time (FUZZ_TARGETS=a,b for some), in a
# build path of its own so that it never touches the debug and release builds. libFuzzer by
# default; FUZZ_SANITIZERS="fuzzer address" adds AddressSanitizer (twice the time), and
# FUZZ_SANITIZERS=address runs the seeded engine where the toolchain has no libFuzzer (Xcode's).
# A crash, a hang or memory without bound leaves its input in .build/fuzz-findings/ and fails.
FUZZ_INPUTS     ?= 1000000
FUZZ_JOBS       ?= 2
FUZZ_TARGETS    ?=
FUZZ_SANITIZERS ?= fuzzer
FUZZ_BUILD      ?= .build/fuzz$(subst $() ,,$(patsubst %,-%,$(filter-out fuzzer,$(FUZZ_SANITIZERS))))$(if $(filter fuzzer,$(FUZZ_SANITIZERS)),,-seeded)
fuzz:
	$(SWIFT) build -c release --build-path $(FUZZ_BUILD) --product certdesk-fuzz $(patsubst %,--sanitize %,$(FUZZ_SANITIZERS)) \
		$(if $(filter fuzzer,$(FUZZ_SANITIZERS)),-Xswiftc -DCERTDESK_LIBFUZZER)
	$(FUZZ_BUILD)/release/certdesk-fuzz all --inputs=$(FUZZ_INPUTS) --jobs=$(FUZZ_JOBS) $(if $(FUZZ_TARGETS),--targets=$(FUZZ_TARGETS))

# Regenerates the console's display-width table from this machine's glibc wcwidth (after a
# glibc upgrade; DisplayWidthTableGeneratorTests says when it is due).
width-table:
	@mkdir -p .build
	clang -O2 -o .build/display-width-table tools/display-width-table.c
	.build/display-width-table > Sources/CertDeskUI/Screen/DisplayWidthTable.swift.new
	mv Sources/CertDeskUI/Screen/DisplayWidthTable.swift.new Sources/CertDeskUI/Screen/DisplayWidthTable.swift

# Rewrites the playbooks, policies and themes compiled into the binary from playbooks/ and
# themes/ (after editing them; ShippedFilesTests says when it is due).
shipped-files:
	python3 tools/shipped-files.py > Sources/CertDeskApp/ShippedFiles.swift.new
	mv Sources/CertDeskApp/ShippedFiles.swift.new Sources/CertDeskApp/ShippedFiles.swift

release: setup
	$(SWIFT) build -c release --product certdesk

# The man page, generated from the commands by swift-argument-parser's generate-manual plugin.
# The plugin builds every target first; the page comes from the commands' definitions, which
# are the same in every configuration, so it uses the debug build `make test` has already made
# rather than building the whole package again in release.
manual: build
	$(ENGLISH) $(SWIFT) package generate-manual --configuration debug
	@mkdir -p $(MANUAL_DIR)
	cp "$$(find .build/plugins -path '*GenerateManual*' -name certdesk.1 | head -n 1)" $(MANUAL_DIR)/certdesk.1

# One binary is a whole installation; the data folders, the man page and the completions are
# for people and packagers: make install [PREFIX=/usr/local] [DESTDIR=].
install: release
	$(MAKE) install-files

# Copies a built binary (the release build unless INSTALL_BIN names another) and what goes with it.
INSTALL_BIN  ?= $(RELEASE_BIN)
install-files: manual
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/certdesk" "$(DESTDIR)$(PREFIX)/share/man/man1" \
		"$(DESTDIR)$(PREFIX)/share/bash-completion/completions" "$(DESTDIR)$(PREFIX)/share/zsh/site-functions" \
		"$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d"
	install -m 755 $(INSTALL_BIN) "$(DESTDIR)$(PREFIX)/bin/certdesk"
	rm -rf "$(DESTDIR)$(PREFIX)/share/certdesk/playbooks" "$(DESTDIR)$(PREFIX)/share/certdesk/themes"
	cp -R playbooks themes "$(DESTDIR)$(PREFIX)/share/certdesk/"
	install -m 644 $(MANUAL_DIR)/certdesk.1 "$(DESTDIR)$(PREFIX)/share/man/man1/certdesk.1"
	$(ENGLISH) $(INSTALL_BIN) --generate-completion-script bash > "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/certdesk"
	$(ENGLISH) $(INSTALL_BIN) --generate-completion-script zsh > "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_certdesk"
	$(ENGLISH) $(INSTALL_BIN) --generate-completion-script fish > "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/certdesk.fish"
	@echo "certdesk: installed in $(DESTDIR)$(PREFIX)"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/certdesk" "$(DESTDIR)$(PREFIX)/share/man/man1/certdesk.1" \
		"$(DESTDIR)$(PREFIX)/share/bash-completion/completions/certdesk" "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_certdesk" \
		"$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/certdesk.fish"
	rm -rf "$(DESTDIR)$(PREFIX)/share/certdesk"

clean:
	rm -rf .build .run
