/// The commands' help in English. Every entry is declared, with its meaning, in `HelpWords`.
extension EnglishWords {
    public func abstract(_ command: HelpCommand) -> String {
        switch command {
        case .certdesk: "The duty desk of a regional CERT: incidents, legal clocks, playbooks and evidence."
        case .console: "Open the full-screen console over the desk; certdesk alone does the same."
        case .ingest: "Take in SOC event tickets, agency reports and STIX 2.1 bundles."
        case .list: "List the open incidents, what must be acted on first on top."
        case .show: "Show one incident: its facts, level basis, legal clocks, indicators and timeline."
        case .level: "Set an incident's level 1–4, with the reason."
        case .classify: "Work out a level from the C/I/A impact and the asset class, and explain it; records nothing."
        case .phase: "Move an incident to another SP 800-61 phase."
        case .note: "Add a note to an incident's record."
        case .assign: "Give an incident to a handler, or take it off them with --nobody."
        case .clocks: "List every legal clock on the desk, the one due first on top."
        case .meet: "Record that a legal clock was met, and when it really happened."
        case .waive: "Waive a legal clock that does not apply, with the reason."
        case .steps: "Show an incident's playbook checklist, phase by phase, with the next step."
        case .step: "Mark a playbook step done or skipped."
        case .category: "Change an incident's category; its playbook follows."
        case .playbook: "Check the incident playbooks."
        case .playbookLint: "Check playbook files: schema, translations, step ids, clock kinds, SP 800-61 items and CSF tags."
        case .evidence: "Keep the evidence register: files in a hashed vault, physical items, chain of custody and retention."
        case .evidenceAdd: "Register evidence: a file, copied into the vault, or a physical item."
        case .evidenceList: "List the evidence register of one incident, or of the whole desk."
        case .evidenceShow: "Show one evidence item in full, with its chain of custody."
        case .evidenceTransfer: "Hand an evidence item to another custodian."
        case .evidenceCheckout: "Take an evidence item out of storage for work; evidence checkin returns it."
        case .evidenceCheckin: "Return a checked-out evidence item to storage."
        case .evidenceHold: "Put an evidence item on legal hold: it may not be disposed of until released."
        case .evidenceRelease: "Release an evidence item's legal hold."
        case .evidenceVerify: "Re-hash vault files and compare them with the register."
        case .evidenceDue: "List the evidence whose retention has ended, or ends within a given time: what may be disposed of."
        case .evidenceDispose: "Dispose of an evidence item whose retention has ended: its file is deleted, a tombstone is kept."
        case .evidenceTidy: "Remove vault files that no live item names, left by an interrupted add or disposal."
        case .policy: "Show the deadline policy that sets the legal clocks."
        case .policyShow: "Print the deadline policy in force for the desk's region, row by row, with each row's legal basis."
        case .config: "Show the settings in force and where each comes from."
        case .configShow: "Print every setting in force and where it came from: an option, the environment, the configuration file (with its line) or the default."
        case .shift: "Open, end and review the desk's shifts (watches)."
        case .shiftStart: "Start a shift: the officer named goes on watch."
        case .shiftEnd: "End the shift on watch without a successor (end of operations)."
        case .shiftList: "List every shift: who, when, what happened, and how it was handed over."
        case .shiftShow: "Print a shift's handover report as it was handed over, and check its digest."
        case .handover: "Hand the watch over: the report, its offer and its signature."
        case .handoverRemark: "Add the outgoing officer's remark to the handover report."
        case .handoverShow: "Print the handover report of the shift on watch."
        case .handoverOffer: "Offer the handover report for the incoming officer's signature."
        case .handoverAccept: "Sign the handover offered: the outgoing shift ends and yours begins."
        case .verify: "Check the journal's hash chain, rebuild every projection from it and re-hash the evidence vault."
        case .demo: "Fill an empty desk with realistic TCN-region incidents (real agency names, fictional people)."
        case .replay: "Replay the desk as it was, row by row, in the console (read-only)."
        case .drill: "Scripted drills (exercises) on a virtual clock, each on a desk of its own, and their after-action reports."
        case .drillLint: "Check drill scenario files: schema, translations, offsets, refs, ticket fields and expected steps."
        case .drillRun: "Play a drill scenario on a desk of its own: in the console at speed, or headless with scripted actions."
        case .drillList: "List the drill runs kept beside this desk."
        case .drillReport: "The after-action report of a drill run: each expected clock and step judged, a timeline and a score."
        case .agencies: "The agency directory (CI providers): who to notify at each agency, and how."
        case .agenciesImport: "Import the agency directory from a CSV or YAML file, in one transaction."
        case .agenciesList: "List the agencies in the directory with their first contact and channel."
        case .agenciesShow: "Show one agency: its grade and every incident contact with their channels in order."
        case .notify: "Notify the agency contact or N-CERT by their channel, or record a call; retry a failed one."
        case .notifications: "List an incident's notifications, or the desk's notices still owed and failed."
        case .reentry: "Record that a report made another way is now entered on the platform."
        case .report: "The monthly report and the investigation report, read from the journal."
        case .reportMonthly: "The month at a glance: incidents, legal clocks, times, indicators and the trend."
        case .reportIncident: "The investigation, handling and improvement report of an incident."
        case .export: "What the desk shares with the SOC, the ISAC and N-CERT."
        case .exportStix: "Incidents as a STIX 2.1 bundle, with their indicators and TLP marking."
        case .exportBlocklist: "The indicators of confirmed incidents as a blocking list for the agencies' UTMs."
        case .exportCase: "An incident's story for teaching and awareness, with identifiers replaced."
        case .taxii: "Exchange STIX with the SOC, the ISAC and N-CERT over TAXII 2.1."
        case .taxiiPull: "Ingest what a TAXII collection received since the last pull."
        case .taxiiPush: "Send incidents to a TAXII collection as STIX 2.1 objects."
        }
    }

    public func paragraphs(_ command: HelpCommand) -> [String] {
        switch command {
        case .certdesk:
            [
                "Run without a command, certdesk opens the full-screen console (certdesk console). Every change is an event in a hash-chained, append-only journal, and everything the desk shows is rebuilt from it, so certdesk verify can prove afterwards that nothing was edited.",
                "The desk options (--db, --actor, --lang, --playbooks, --region, --create) may be written before the command as well as after it: certdesk --db PATH list is certdesk list --db PATH. Incident and evidence ids may be typed in any case.",
                "The database is --db PATH, else $CERTDESK_DB, else database: in the configuration file ($XDG_CONFIG_HOME/certdesk/config.yaml, default ~/.config/certdesk/config.yaml), else $XDG_DATA_HOME/certdesk/certdesk.sqlite (default ~/.local/share/certdesk/). The evidence vault is the folder beside it with the .vault extension; back both up together.",
                "\"Now\" is $CERTDESK_NOW (ISO 8601) when it is set, else the system clock. Times are stored in UTC and shown in Asia/Taipei unless TZ is set; --json prints UTC.",
                "The language is --lang, else language: in the configuration file, else the locale (LC_ALL, LC_MESSAGES, LANG: a zh locale gives Traditional Chinese), else English. certdesk config show prints every setting in force and where it came from.",
                "Exit status: 0 done; 1 a check found a problem; 2 ingest --strict found an input with no incident; 64 wrong usage; 65 bad input data or a refused change; 66 a missing or unreadable input file, or no desk at the path given; 69 no terminal for the console; 73 the database cannot be created or opened; 74 the database or the evidence vault cannot be written (the disk is full, a file-size limit), or the vault read; 75 the desk is busy, run the command again.",
            ]
        case .console:
            [
                "The queue lists every open incident, what must be acted on first on top; the title bar shows the next clock to breach and how many incidents are overdue. Keys follow tig, htop and lazygit: j/k move, Enter opens an incident, Esc goes back, / filters, : opens the command line, ? lists every key, q quits.",
                "--theme picks the colours: default, high-contrast, monochrome, night-watch (dim, for night shifts) or the path of a theme file; else $CERTDESK_THEME, else theme: in the configuration file. NO_COLOR gives a monochrome screen that still marks urgency (✖ overdue, ▲ warning, ● running).",
                "--demo opens a fresh demo desk of the TCN region in its own file (demo.sqlite beside the real desk), or in the --db file, which it replaces only when that is itself a demo desk.",
                "The console needs a terminal of at least 80×24; without one it says so and exits with status 69, and the other commands still work.",
            ]
        case .ingest:
            [
                "Each FILE (or - for standard input) is a JSON object, a JSON array or JSON Lines of tickets, or a STIX 2.1 bundle. A ticket needs id, title, category, agency and aware_at, the time the agency became aware, where the 1-hour notification clock starts; times are ISO 8601 with an offset.",
                "Each file is one transaction: a bad file writes nothing, and the error names the file, the line, the field and the reason (exit status 65). A source id already on the desk is a duplicate and is skipped. The last line is \"ingested N, duplicates M\" in every language, for scripts.",
                "An input with no incident in it (empty, whitespace only, [] or a bundle without incidents) is said on standard error; with --strict the command then ends with exit status 2. Standard input and pipes are read as they come, and one input may hold at most max_input (--max-input, CERTDESK_MAX_INPUT or the configuration file; 256M unless set): a larger one is refused with exit status 65 and writes nothing. If the disk fills up, or the file-size limit (ulimit -f) is reached, while the file is recorded, nothing from it is recorded and the exit status is 74.",
            ]
        case .list:
            [
                "The order is the console's: real incidents before drills; then incidents whose next clock falls due or fell due within 24 hours, level 3–4 first, then unclassified, then level 1–2; then clocks due later; then clocks missed more than 24 hours ago; then incidents with no clock running. Within each group the clock due first comes first.",
                "Each row leads with its next clock's time left (or -, how late) and which clock it is. --all adds closed incidents; --json prints every field, with times in UTC; --as-of TIME prints the desk as it stood then, from the journal, exactly as it was printed at that moment.",
                "--filter TEXT, --sort ORDER and --limit N ask what the console's queue shows: certdesk list --limit 50 is the top of the queue, read off the queue's index however large the desk. Rows are printed as they are read, in columns sized for the longest value each can hold.",
            ]
        case .show:
            [
                "Times are shown in local time (Asia/Taipei unless TZ is set) to the second; --json prints them in UTC. Each clock shows when it started, when it is due and the time left, how late it is, or how it ended.",
            ]
        case .level:
            [
                "Give the level, or the confidentiality, integrity and availability impact with the asset class that was hit: the level then follows from Art 2 of 資通安全事件通報及應變辦法 and the reasoning is printed. Given both, the level you gave is recorded and certdesk says what the facts give.",
                "A change of level derives the clocks again: a clock that did not apply starts now, one that applied takes the new duration (it may fall due sooner), one that no longer applies is waived, and a renotify clock starts (report the change within 1 hour). The reason is kept in the journal for the review.",
            ]
        case .classify:
            [
                "The level is the worst of the three impacts, each judged against the asset class that was hit (Art 2 of 資通安全事件通報及應變辦法); each reason names the rule it matched and how sure its article text is. Use it before certdesk level, or on the phone with an agency.",
            ]
        case .phase:
            [
                "Leaving a phase while one of its required playbook steps is open needs --override and the reason; the journal keeps the reason with the steps left open. Closing while legal clocks still run needs --override too, and each running clock is then waived with that reason, in its own journal event.",
                "A closed incident's level cannot change until it is moved back to a phase, and the retention of its evidence counts from the closure.",
            ]
        case .note:
            [
                "Log facts, not opinions, with the time they happened (SP 800-61 r2 §3.2.5): who was called, what was seen, what was done. Several words are joined with spaces; quote the note to keep it as it is typed.",
            ]
        case .assign:
            [
                "The handler is a name as the desk writes it, a person or a team; wide consoles show it in the queue. certdesk assign ID --nobody leaves the incident unassigned.",
            ]
        case .clocks:
            [
                "Open and overdue clocks are listed with the time left or how long overdue (✖ overdue, ▲ warning, ● running); --all adds the clocks met and waived; --as-of TIME lists them as they stood then, judged at that time (what was overdue then). --filter TEXT keeps the clocks of the incidents the console's filter shows; --limit N prints the first N.",
                "The durations come from the deadline policy in force (certdesk policy show). Under the default policy, report-platform (notification) is due 1 hour after awareness; notify-agency-contact (60 minutes), ncert-escalation (1 hour) and on-site (8 hours) apply to level 3–4; review is due in 8 hours, 2 hours for level 3–4, and forward-review 1 hour after it; damage-control is due in 72 hours, 36 hours for level 3–4; the investigation-report is due 1 month after damage control; renotify runs 1 hour after each change of level.",
            ]
        case .meet:
            [
                "--at records when it really happened, which may be earlier than now but not before the clock started: now, HH:MM (the most recent such time, so 23:30 typed at 00:10 is last night), YYYY-MM-DD HH:MM in local time, or ISO 8601 with an offset. The journal keeps both the time it happened and the time it was recorded.",
                "The playbook step that meets the clock is marked done at the same time, so nothing is recorded twice. A clock met after it fell due is recorded as met late.",
            ]
        case .waive:
            [
                "The reason and who waived the clock are kept in the journal, and the playbook step that would have met it is skipped with the same reason. A clock that no longer applies after a change of level is waived by the desk itself.",
            ]
        case .steps:
            [
                "The checklist comes from the playbook of the incident's category, in the version adopted when the incident opened or changed category. Each step shows whether it is required, who does it (on-site staff, vendor or SOC, ISAC forensics, the duty officer), the evidence it should produce and the legal clock it meets; the next step's detail follows.",
                "Record a step with certdesk step, by the step id shown here.",
            ]
        case .step:
            [
                "certdesk step ID STEP done [--at TIME] [--note TEXT] records a step as done; a step linked to a legal clock meets that clock too, at the same real time. certdesk step ID STEP skip --reason TEXT skips it, with the reason kept in the journal.",
                "STEP is a step id of the incident's playbook, as certdesk steps lists it; --at takes the same forms as in certdesk meet.",
            ]
        case .category:
            [
                "From now on the incident follows the new category's playbook, in the version in force; the steps already recorded stay in the journal. A category without a playbook of its own (spam, other) follows the generic one.",
            ]
        case .playbook:
            [
                "There is one playbook per category (ransomware, ddos, defacement, data-leak, unauthorized-access, malware-outbreak, c2-beacon, phishing) and a generic one for the rest, each a YAML file with its steps in zh-TW and English. A broken file never stops the desk: its category falls back to the generic playbook and the problem is shown.",
            ]
        case .playbookLint:
            [
                "With no PATH, it lints every playbook in force, from the folder named by --playbooks, $CERTDESK_PLAYBOOKS or the configuration file, else the first found of ~/.config/certdesk/playbooks, the installation and the built-in copies, and says which. Each problem is printed with its file and line, and the exit status is 1 on any problem.",
            ]
        case .evidence:
            [
                "Files are copied into the vault beside the database (desk.sqlite keeps its files in desk.vault/), hashed with SHA-256 on the way and kept read-only under their hash; the same content is stored once. Physical and paper items are registered with where they are kept. Every change of hands is recorded with who, when, why and where (SP 800-61 r2 §3.3.2).",
                "Retention counts from the incident's closure: 3 years in the TCN region, at least 1 year in the Kaohsiung region (evidence_retention in the policy files). An item may be disposed of only once its retention has ended and it is neither on hold nor checked out; a tombstone with its hash stays in the journal.",
                "Evidence ids are the incident's id and a number, e.g. TCN-2026-0001-E01.",
            ]
        case .evidenceAdd:
            [
                "A file is read once, hashed with SHA-256 while it is copied into the vault, synced, and only then recorded; the id, the hash and the size are printed. --kind says what it is; --collected-by defaults to you and --acquired-at to now (it may not be in the future).",
                "A physical or paper item takes --physical TEXT (what it is) and --location TEXT (where it is kept) instead of a file; its kind is physical.",
            ]
        case .evidenceList:
            [
                "Each item shows its kind, who holds it, where it is kept, and until when it is kept (counted from the incident's closure) or its hold. --all adds disposed items, which keep their tombstone.",
            ]
        case .evidenceShow:
            [
                "The chain of custody lists every holder from collection on, with the time and its zone, the purpose and the storage location; a file shows its SHA-256 and its size.",
            ]
        case .evidenceTransfer:
            [
                "The chain of custody records who receives the item, when (--at, default now), why, and where it is kept from then on (--location, else where it was).",
            ]
        case .evidenceCheckout:
            [
                "While it is checked out, an item cannot be disposed of or checked out again; certdesk evidence checkin records its return.",
            ]
        case .evidenceCheckin:
            [
                "--to names who takes it back into storage (default: you), --note records its state when returned and --location where it is kept from then on.",
            ]
        case .evidenceHold:
            [
                "A hold is for a prosecutor's request, pending litigation or an audit: it outlasts retention, and certdesk evidence due marks held items. certdesk evidence release ends it.",
            ]
        case .evidenceRelease:
            [
                "Once released, the item may be disposed of when its retention has ended; the hold and its release stay in the chain of custody.",
            ]
        case .evidenceVerify:
            [
                "Give one evidence id, or --all to check every item and account for every file in the vault (files left by an interrupted add are named). It prints ok and exits 0 when every file matches; otherwise it names each item in doubt and exits 1.",
            ]
        case .evidenceDue:
            [
                "Only items of closed incidents can be due. --within looks ahead by a number and a unit: 12h, 30d, 3 months or 1 year (quote it when it has a space). Items on hold are marked: they may not be disposed of until released.",
            ]
        case .evidenceDispose:
            [
                "Refused while retention runs, while the incident is open, and while the item is on hold or checked out. The file is deleted unless another live item has the same content; the journal keeps the hash, the size, who, when and why.",
            ]
        case .evidenceTidy:
            [
                "certdesk verify and certdesk evidence verify --all report such files; tidy removes them and prints each path. A file that an item names is never touched.",
            ]
        case .policy:
            [
                "The default policy is Taiwan's incident notification rules plus the regional plan. A region changes rows in its own file (tcn.yaml, khh.yaml in the policies folder of the playbooks) that extends the default; certdesk policy show says which rows it changed.",
            ]
        case .policyShow:
            [
                "Each row gives the clock, the levels it applies to, when it starts, how long it runs (per level where that differs) and when it turns amber; the rows the region's file changed are marked. The first line says which rules are in force and why.",
            ]
        case .config:
            [
                "The configuration file is $XDG_CONFIG_HOME/certdesk/config.yaml (default ~/.config/certdesk/config.yaml), with the keys database, region, language, theme, actor, bell and playbooks. A key it does not know, or a value outside its set, stops every command with the file, the line and the key.",
            ]
        case .configShow:
            [
                "Options beat the environment, the environment beats the configuration file, and the file beats the defaults, as git config --show-origin shows them. The first line names the configuration file and says whether it exists.",
                "The notification settings that are set (mail., sms., ncert.) follow, the password shown as ••••••.",
            ]
        case .shift:
            [
                "One shift is on watch at a time. It passes to the next officer by a handover (certdesk handover offer, then certdesk handover accept), and every step is a journal event, so a review proves who held the desk at every moment.",
            ]
        case .shiftStart:
            [
                "--officer defaults to the actor. With a shift still on watch it is refused: hand over instead, or give --force REASON, which ends the open shift without a handover and flags it in the review.",
            ]
        case .shiftEnd:
            [
                "Events recorded while no shift is on watch are still accepted; certdesk shift list counts them as outside any shift.",
            ]
        case .shiftList:
            [
                "Each shift with its officer, start and end, its events, the incidents opened and closed, the clocks breached, and its handover: offered when, accepted by whom and when, or flagged when it waited longer than the policy's handover_accept_within or ended without one.",
            ]
        case .shiftShow:
            [
                "The report is rebuilt from the journal up to the row the offer covered; stdout is byte for byte what was handed over. stderr then says digest ok, or digest MISMATCH (exit 1) when the journal no longer gives the digest that was signed.",
            ]
        case .handover:
            [
                "The report lists the open incidents by urgency, the clocks overdue and falling due within the horizon, what happened during the shift grouped by incident, the evidence held or checked out or on hold, and the remarks; its digest is SHA-256 of its canonical JSON, the same in both languages.",
            ]
        case .handoverRemark:
            [
                "Remarks are journal events of the shift on watch and appear in its report.",
            ]
        case .handoverShow:
            [
                "Once a handover is offered, this prints the report offered; before, a draft of the desk now. The Markdown ends with the journal head and the certdesk verify --anchor command that proves it later.",
            ]
        case .handoverOffer:
            [
                "It records the digest and the journal row the report covers. Anything recorded afterwards changes the report, and the accept is then refused until the report is offered again.",
            ]
        case .handoverAccept:
            [
                "--officer defaults to the actor. The report is rebuilt from the journal and its digest must be the one offered; when events were recorded after the offer, the accept is refused with how many and on which incidents.",
            ]
        case .verify:
            [
                "It prints ok and exits 0 when all holds; otherwise it names the first bad seq, projection or evidence item and exits 1. An edit to a past journal row, to a projection or to a vault file is found.",
                "Rows cut from the end of the journal leave a chain that is intact but shorter; --anchor SEQ:HASH, a row's seq and hash kept outside the machine (a printed or mailed report, a ticket), proves that the journal still reaches that row with that hash and that the chain up to it is unchanged.",
            ]
        case .demo:
            [
                "A desk that already has incidents is refused, so a real desk is never mixed with demo data: give --db a new file. certdesk console --demo opens a fresh demo desk in a file of its own instead.",
            ]
        case .replay:
            [
                "The console opens on the desk exactly as the journal stood at the replayed time: the queue, the detail tabs and the clocks, judged then, drawn by the same code as live, under a REPLAY banner with the replayed time. Nothing can be recorded; the keys that record say so.",
                "Space plays and pauses (--speed times real time, default 60; + and - change it), → and ← step one journal row, ] and [ the selected incident's next and previous row, t jumps to a time (HH:MM on the day replayed, YYYY-MM-DD HH:MM), g and G go to the start and the end. --incident replays that incident's span, from its opening to its last row.",
                "--drill RUN replays a drill run on its own desk (certdesk drill list shows the runs; last is the most recent), for the debrief.",
            ]
        case .drill:
            [
                "A drill scenario (playbooks/drills/*.yaml, documented in playbooks/drills/README.md) scripts what reaches the desk at offsets from its start: tickets, calls from the agency, a change of level by exercise control, new indicators, N-CERT asking for an update, the reporting platform going down. Each run plays on a desk of its own, drills/<run>.sqlite beside the live desk, which is never opened. Every incident is an exercise.",
            ]
        case .drillLint:
            [
                "Without paths, every scenario in force (drills/ of the playbooks folder, or the built-in ones). Each problem reads file:line: field: reason; any problem is exit status 1.",
            ]
        case .drillRun:
            [
                "NAME is a scenario in force (certdesk drill lint lists them when one is unknown); a path ending in .yaml is read from that file. The run id is printed first.",
                "In the console the virtual clock starts at the scenario's start and runs --speed times real time (default 60): space pauses, + and - change the speed, injects arrive at their played times like any ingest, and the officer works the desk as on a watch, under the 演練 EXERCISE banner.",
                "--headless plays the whole drill without a screen, as fast as it can; --actions FILE runs an officer's scripted commands at their offsets (+HH:MM then the command after certdesk, {ref} for a ticket's incident), each as this certdesk with its time fixed at the offset. The file is checked first: a bad line writes nothing.",
            ]
        case .drillList:
            [
                "Each run: its id, the scenario, the played start, the speed, console or headless, and when it finished.",
            ]
        case .drillReport:
            [
                "RUN is a run id from certdesk drill list, or last. Each expected clock shows its due time, when it was met and the time to spare: on time (at least the margin before due), late, missed, waived, or not due by the end; each expected step done, late, skipped or missing.",
                "The score: a clock (weight 2) earns a full point on time and half late; a step (weight 1) a full point done by its offset and half done later or skipped; nothing when missed, waived or missing; clocks not due by the end are not scored. Score = 100 × earned ÷ possible, rounded half up.",
            ]
        case .agencies:
            [
                "Incidents find their agency in the directory by name when they arrive; the directory says who the incident contact is and which channel (phone, fax, SMS or e-mail) the agency asked for, first choice first, as the 60-minute notification requires.",
            ]
        case .agenciesImport:
            [
                "CSV: a header row, then one row per contact: id, name, region, county, type, grade and contact_name are required; name_en, contact_role, phone, fax, sms, email and preferred_channel (one or more of phone, fax, sms, email, first choice first, separated by ;) are optional. A second contact of an agency repeats its agency columns. YAML: agencies: a list, each with contacts: a list. The README documents both.",
                "Every problem is listed at once as file:line: field: reason, and then nothing is imported. Importing again records only the agencies that changed; none is ever listed twice.",
            ]
        case .agenciesList:
            [
                "--json prints each agency with all its contacts, as the journal records them.",
            ]
        case .agenciesShow:
            [
                "The agency's names, region, county, type and responsibility grade, then each contact with every address the directory has and the order of channels.",
            ]
        case .notify:
            [
                "The desk prefills the notice: the template by what is due (agency-contact while the 60-minute clock runs, ncert while the escalation runs, closure once closed), the agency's first contact by their first channel from the directory (N-CERT from ncert: in config.yaml), and the message rendered from playbooks/templates. --channel, --to, --subject and --message change it; --draft prints it and records nothing.",
                "An e-mail goes out through the SMTP server or mail command configured (CERTDESK_SMTP_URL, CERTDESK_SMTP_FROM, CERTDESK_SMTP_USER, CERTDESK_SMTP_PASSWORD, or mail: in config.yaml) and meets its template's clock when the server accepts it; an SMS through the gateway command if one is set. Phone, fax, platform and other are recorded, not dialled, and meet the clock at --at (default now); --recorded records an e-mail or SMS sent another way. An exercise incident sends nothing: its record says exercise: not sent.",
                "A send that fails is recorded as failed with the server's answer, and the command ends with status 1; certdesk notify --retry TCN-2026-0001-N01 sends it again. --confirm TCN-2026-0001-N01 records that the recipient confirmed receipt. --fallback-reason says why the platform could not be used: the notice then also meets report-platform and starts the platform-reentry clock (certdesk reentry).",
            ]
        case .notifications:
            [
                "With an incident id: every notification of that incident in the order recorded, how it went out and the server's answer. Without: what the desk still owes: drafts whose clock runs (the N-CERT escalation from the moment an incident is level 3–4), failed attempts not sent again, and platform re-entries. Failures first, then what falls due or fell due within a day, then what falls due later, then the backlog, the most recent first; the 200 most pressing unless --all.",
            ]
        case .reentry:
            [
                "Meets the platform-reentry clock a notice with --fallback-reason started (2026 Art 6(4)), at --at (default now).",
            ]
        case .report:
            [
                "Both reports are readings of the journal: the same desk gives the same report, and nothing is recorded by reading one.",
            ]
        case .reportMonthly:
            [
                "The incidents the agencies became aware of in the month (Asia/Taipei; a ticket imported later still counts in its own month) by level, category, agency type and county, with the month before; the legal clocks per kind met, met late, overdue, waived and still running, with the share met in time; the median and 90th percentile from awareness to the platform report, to damage control and to closure; the most frequent domains and IP addresses; the agencies with most incidents; and twelve months of trend per level.",
                "Exercises are counted apart and left out of every figure. The console prints charts of block characters (ASCII under NO_COLOR); --markdown, --csv (one figure per line) and --json print the report, and --html FILE writes one self-contained page with its charts that prints on A4. The default month is the current one.",
            ]
        case .export:
            [
                "Exports write to standard output and record nothing.",
            ]
        case .exportBlocklist:
            [
                "Every IP address, domain, URL and hash (SHA-256, MD5) of the confirmed incidents (classified, or past detection and analysis), once each, normalised: IPv6 in its RFC 5952 form, names in lower case without the final dot, hashes in lower case. Exercises and incidents closed as false positives are left out.",
                "Documentation, private, loopback, link-local, shared, multicast and reserved addresses, reserved names (.example, .test, .invalid, .localhost, .local) and government names (gov.tw, edu.tw: often the victim's own site) are flagged for review, not blocked: plain and stix leave them out and say how many on stderr; csv lists them with action review and the reason. csv gives each entry's first sighting (the earliest awareness among its incidents) and that incident; --since keeps the entries first seen since then.",
            ]
        case .exportCase:
            [
                "The incident's story: what kind of incident it was and its level, a timeline counted from awareness (T+0:00, with the month only), the steps taken with their notes, the notes, and what was learned (root cause and measures against recurrence from the playbook steps).",
                "With --deidentify, agency names, people's names, e-mail addresses, phone numbers, internal IP addresses, host names and the desk's ids are replaced by pseudonyms ([Agency A], [Person A] …), the same entity by the same pseudonym throughout the case; names come from the directory, the journal and the text's own cues (先生, 主任, Mr, …). Read the result before it leaves the CERT: a name the desk never saw, in a sentence without a cue, can survive.",
            ]
        case .taxii:
            [
                "The account comes from the configuration's taxii: section (user, password, timeout) or CERTDESK_TAXII_USER, CERTDESK_TAXII_PASSWORD and CERTDESK_TAXII_TIMEOUT; it is sent over HTTPS only (plain HTTP only to this machine) and never written to the journal. Redirects are not followed.",
                "A server that is down, slow, or answers an error or something that is not TAXII leaves the desk unchanged; the exit status is 69 when it cannot be reached in time, 76 when it answered outside the protocol, and 77 when it refused the account.",
            ]
        case .taxiiPull:
            [
                "URL is the server (its discovery is at /taxii2/) or its discovery address; the API root is --api-root, else the server's default, else its only one. The objects added since the last pull of that collection (added_after, the server's X-TAXII-Date-Added-Last kept per collection) are read page by page and ingested as one STIX bundle, in one transaction: incidents already on the desk are skipped, and nothing is written if any object is refused.",
            ]
        case .taxiiPush:
            [
                "The incidents' bundle, as certdesk export stix makes it (the same ids each time, so the server keeps one version of each object), added to the collection in one envelope, less what its manifest shows it already holds at the same version; the server's status is printed, with every object it refused, and the exit status is 65 if it refused any.",
            ]
        case .exportStix:
            [
                "One bundle: an identity for the CERT; each incident with the Incident Core Extension (determination, investigation status, criticality from the level, incident type, recoverability); its agency; each indicator as a STIX pattern with its cyber-observable, the observed data and a sighting; the relationships between them; the TLP 2.0 marking (the incident's own, or --tlp for all); and a report listing them.",
                "Ids are derived from the desk and the incident, so exporting the same incident again gives the same ids and the receiver updates rather than duplicates. The level, category, agency and times are also given as x_twcert_ properties, which certdesk ingest reads back exactly.",
            ]
        case .reportIncident:
            [
                "The seven items of the Enforcement Rules Art 8: the times (occurred, aware, reported, reported on the platform, damage control, recovery, closed), scope and damage, damage control and recovery, investigation and handling, root cause, measures against recurrence, and their schedule and tracking.",
                "Each is filled from the journal: the level and its C/I/A basis, the clocks and when they were met, the playbook steps done and their notes (root cause from the RS.AN-03 steps, measures from the post-incident ID, PR and DE steps), the evidence register, the notes and the notifications. What the journal does not hold is printed as not recorded, never made up.",
            ]
        }
    }

    public var examplesHeading: String { "Examples:" }

    public func help(_ option: HelpOption) -> String {
        switch option {
        case .db: "The desk database (default: $CERTDESK_DB, else database: in the configuration file, else $XDG_DATA_HOME/certdesk/certdesk.sqlite)."
        case .actor: "Who is acting, as the journal records it (default: $CERTDESK_ACTOR, else actor: in the configuration file, else the login name)."
        case .lang: "The interface language (default: language: in the configuration file, else the locale)."
        case .playbooks: "The playbooks folder, with policies/ in it (default: $CERTDESK_PLAYBOOKS, else playbooks: in the configuration file, else the first found of ~/.config/certdesk/playbooks, the installation and the built-in copies)."
        case .region: "The region a new desk serves, in any case (default: $CERTDESK_REGION, else region: in the configuration file, else TCN)."
        case .create: "Start a new desk at --db (or $CERTDESK_DB) when there is none. Commands that record do so anyway; commands that only read refuse a missing file, so a mistyped path is not taken for an empty desk."
        case .json: "Print JSON instead of text, with times in UTC (ISO 8601) and keys that stay the same for scripts."
        case .at: "When it really happened: now, HH:MM (the most recent such time), YYYY-MM-DD HH:MM (local time) or ISO 8601 with an offset (default: now)."
        case .incident: "The incident's id, e.g. TCN-2026-0001."
        case .evidence: "The evidence id, e.g. TCN-2026-0001-E01."
        case .clockKind: "The legal clock, by its kind."
        case .theme: "The colour theme: default, high-contrast, monochrome, night-watch, or the path of a theme file (default: $CERTDESK_THEME, else theme: in the configuration file, else default)."
        case .bell: "Ring the terminal bell when a clock falls overdue or a new incident arrives."
        case .demo: "Open a fresh demo desk (fictional people) instead of the real one."
        case .ingestFiles: "The files to read: tickets as JSON or JSON Lines, or STIX 2.1 bundles; - reads standard input."
        case .ingestStrict: "End with exit status 2 when an input holds no incident (empty, whitespace only, [] or a bundle without incidents)."
        case .maxInput: "The most one input may hold (e.g. 256M, 1G); beyond it the input is refused. Default: the max_input setting, else 256M."
        case .listAll: "Include closed incidents."
        case .limit: "Print the first N rows only (the top of the queue, the clocks due first)."
        case .filter: "Only incidents whose id, title, agency or an indicator contains TEXT (the console's / filter)."
        case .sort: "The order, as the console's s key cycles it: urgency (the default), level, id, agency or phase."
        case .asOf: "Print the desk as it stood then, from the journal (nothing is written): HH:MM (the most recent such time), YYYY-MM-DD HH:MM (local time) or ISO 8601 with an offset."
        case .clocksAll: "Also list the clocks already met or waived."
        case .level: "The level, 1 to 4 (optional when the C/I/A options are given)."
        case .levelReason: "Why this level (kept in the journal for the review)."
        case .confidentiality: "Confidentiality impact: how much was disclosed."
        case .integrity: "Integrity impact: how much was tampered with."
        case .availability: "Availability impact: whether operation was affected, and whether it was restored within the tolerable interruption time."
        case .asset: "The asset class that was hit (needed with -c, -i or -a)."
        case .phase: "The new phase."
        case .phaseOverride: "Leave the phase although required steps are open, or close although clocks still run, for this reason (kept in the journal)."
        case .noteText: "The note; several words are joined with spaces."
        case .assignee: "Who handles it."
        case .nobody: "Leave it unassigned."
        case .category: "The new category."
        case .meetNote: "What was done: who was reached, by which channel."
        case .waiveReason: "Why it does not apply (kept in the journal)."
        case .step: "The step id, as certdesk steps lists it (e.g. rw-isolate)."
        case .stepAction: "What became of the step (skip needs --reason)."
        case .stepReason: "Why it is skipped (needed with skip)."
        case .stepNote: "What was done."
        case .lintPaths: "The playbook files to check (default: every playbook in force)."
        case .evidenceFile: "The file to copy into the vault (not with --physical)."
        case .evidenceKind: "What the file is (needed with a file; physical with --physical)."
        case .evidenceDescription: "What it shows and why it was collected."
        case .physical: "A physical or paper item instead of a file: what it is."
        case .physicalLocation: "Where the physical item is kept (needed with --physical)."
        case .sourceHost: "The host it came from."
        case .collectedBy: "Who collected it (default: you)."
        case .acquiredAt: "When it was acquired: now, HH:MM, YYYY-MM-DD HH:MM (local time) or ISO 8601 with an offset, not in the future (default: now)."
        case .tool: "The tool and its version used to acquire it."
        case .evidenceOfIncident: "The incident whose register to list (default: every incident)."
        case .evidenceListAll: "Also list disposed items (their tombstones)."
        case .custodyLocation: "Where it is kept from now on."
        case .transferTo: "Who receives it."
        case .transferPurpose: "Why it changes hands."
        case .checkoutTo: "Who takes it."
        case .checkoutPurpose: "What it is taken out for."
        case .checkinTo: "Who takes it back into storage (default: you)."
        case .checkinNote: "Its state when returned."
        case .holdReason: "Why it is held: a prosecutor's request, pending litigation."
        case .releaseReason: "Why the hold ends."
        case .evidenceToVerify: "The evidence id to check (or --all)."
        case .verifyAll: "Check every item and account for every file in the vault."
        case .officer: "The officer going on watch (default: the actor)."
        case .shiftAt: "When the watch began or ended, if not now: now, HH:MM, YYYY-MM-DD HH:MM or ISO 8601."
        case .force: "Start over a shift still on watch, which then ends without a handover (flagged); the reason is kept."
        case .shiftID: "The shift's number, as certdesk shift list shows it."
        case .markdown: "Print the report as Markdown (the default form, said explicitly)."
        case .horizon: "How far ahead to list clocks falling due: 12h, 90m (default: the policy's handover_horizon)."
        case .remarkText: "The remark, for the incoming officer."
        case .acceptOfficer: "The officer taking over (default: the actor)."
        case .acceptRemark: "A remark of the incoming officer, kept with the signature."
        case .replayFrom: "Start the replay at this time (default: the first row): HH:MM, YYYY-MM-DD HH:MM or ISO 8601."
        case .replayTo: "End the replay at this time (default: the last row)."
        case .replayIncident: "Replay this incident's span, from its opening to its last row."
        case .speed: "How many times faster than real time the played time runs (1, 10, 60, 300, 900, 3600)."
        case .replayDrill: "Replay this drill run (an id from certdesk drill list, or last) instead of the desk."
        case .drillLintPaths: "The scenario files to check (default: every drill scenario in force)."
        case .drillScenario: "The scenario: a NAME in force (drills/NAME.yaml) or the path of a .yaml file."
        case .drillHeadless: "Play the whole drill without a screen, as fast as it can."
        case .drillActions: "With --headless: the officer's scripted commands, one +HH:MM line each."
        case .drillRunID: "The drill run: an id from certdesk drill list, or last."
        case .directoryFile: "The directory file: .csv, or .yaml / .yml (- for standard input, with --format)."
        case .directoryFormat: "Read the file as csv or yaml, whatever its name."
        case .agency: "The agency's id in the directory (as agencies list shows it)."
        case .notifyTemplate: "The template: agency-contact, ncert or closure (default: by what is due). It decides the clock met."
        case .notifyChannel: "phone, fax, sms, email, platform or other (default: the contact's first channel)."
        case .notifyTo: "The recipient: an e-mail address, a number, or a name and a number (default: from the directory)."
        case .notifySubject: "The subject, instead of the template's first line."
        case .notifyMessage: "The message, instead of the template's; without --template it meets no clock."
        case .fallbackReason: "Why the reporting platform could not be used: starts the platform-reentry clock."
        case .recorded: "Record an e-mail or SMS sent another way, instead of sending it."
        case .draft: "Print the notice as it would go out, and record nothing."
        case .retry: "Send again a notification that failed, by its id (TCN-2026-0001-N01)."
        case .confirm: "Record that the recipient confirmed receipt of this notification (its id), at --at."
        case .notificationsIncident: "An incident's notifications (default: what the whole desk still owes)."
        case .notificationsAll: "List every notice the desk owes, the backlog too (default: the 200 most pressing)."
        case .reportMonth: "The month, as YYYY-MM (default: this month in Asia/Taipei)."
        case .reportIncident: "The incident to report on."
        case .csv: "Print the figures as CSV, one per line: section,key,measure,value."
        case .exportIncidents: "The incidents to export (with --since, added to those changed since)."
        case .exportSince: "Also export every incident changed since this time: HH:MM, YYYY-MM-DD HH:MM or ISO 8601."
        case .blocklistSince: "Only the entries first seen since this time: HH:MM, YYYY-MM-DD HH:MM or ISO 8601."
        case .blocklistFormat: "plain (one value per line, for a UTM's external list), csv (with first sighting, incident and review flags) or stix (a bundle of indicators)."
        case .blocklistKind: "Only one kind, as a UTM takes one list per kind: ip, domain, url or hash."
        case .caseIncident: "The incident to tell."
        case .deidentify: "Replace agency names, people, e-mail addresses, phone numbers, internal IPs, host names and ids by pseudonyms."
        case .caseMarkdown: "Print the case as Markdown."
        case .taxiiServer: "The TAXII server (https://host/) or its discovery address (https://host/taxii2/)."
        case .taxiiCollection: "The collection's id, as the server lists it."
        case .taxiiAPIRoot: "The API root to use instead of the server's default: an address, or a path on the server."
        case .taxiiPageSize: "How many objects to ask for per page (the server may send fewer)."
        case .taxiiIncidents: "The incidents to send."
        case .falsePositive: "Close the incident as a false positive (not an incident), for this reason: its running clocks are waived with it, and its indicators stay off the blocking list."
        case .exportTLP: "Mark every object with this TLP instead of each incident's own: clear, green, amber, amber+strict or red."
        case .html: "Write the report to FILE as one self-contained HTML page (charts inline, no scripts), for A4."
        case .verifyAnchor: "A journal row kept outside the machine, as SEQ:HASH: the journal must still reach it unchanged."
        case .within: "Look ahead by a number and a unit: 12h, 30d, 3 months or 1 year (default: what is due now)."
        case .disposeReason: "Why, and under which authority."
        }
    }
}
