import CertDeskCore

/// The notify form and the outbox: a notice prefilled by the desk, edited, then sent (or
/// recorded) in the background so a slow mail server never holds the keys; its outcome shows
/// on the next tick, the clocks it met already green.
extension ConsoleSession {
    /// Opens the form for `id`: the desk's draft (by `template`, or by what is due).
    func openNotifyForm(_ id: String, template: NotificationTemplate?, retrying failed: NotificationRecord? = nil) {
        attempt {
            let draft = try failed.map(NotificationDraft.retrying) ?? desk.notificationDraft(id, template: template)
            let route = desk.notificationDelivery(draft.channel, exercise: (try desk.incident(id))?.exercise ?? false, recorded: false)
            // On the recipient's row: Enter sends at once, Tab or ↓ reach the message to edit it.
            state.overlay = .notifyForm(NotifyForm(draft, route: route, field: .recipient))
        }
    }

    func handleNotifyFormKey(_ key: KeyPress, _ form: inout NotifyForm) {
        let fields = NotifyForm.Field.allCases
        switch key {
        case .escape:
            state.overlay = nil
            state.message = StatusMessage(state.words.notificationNotSent)
            return
        case .control("x"):
            return sendNotification(form)
        case .enter where form.field != .message:
            return sendNotification(form)
        case .tab, .down where form.field != .message:
            form.field = fields[(form.field.rawValue + 1) % fields.count]
        case .backTab, .up where form.field != .message:
            form.field = fields[(form.field.rawValue + fields.count - 1) % fields.count]
        case .left where [.template, .channel, .how].contains(form.field), .right where [.template, .channel, .how].contains(form.field):
            cycle(&form, by: key == .right ? 1 : -1)
        case .control("l"):
            state.repaintRequested = true
        default:
            switch form.field {
            case .recipient: _ = form.recipient.apply(key)
            case .time: _ = form.time.apply(key)
            case .fallback: _ = form.fallback.apply(key)
            case .subject: _ = form.subject.apply(key)
            case .message: _ = form.message.apply(key)
            case .template, .channel, .how: break
            }
        }
        state.overlay = .notifyForm(form)
    }

    /// ←/→ on the template (the message is rendered again), the channel (the contact's address
    /// for it), or how it goes (sent by the desk, or recorded as done another way).
    private func cycle(_ form: inout NotifyForm, by step: Int) {
        switch form.field {
        case .template:
            let choices: [NotificationTemplate?] = NotificationTemplate.allCases.map { $0 } + [nil]
            let next = choices[((choices.firstIndex(of: form.template) ?? 0) + step + choices.count) % choices.count]
            form.template = next
            guard let next else { return }
            attempt {
                let draft = try desk.notificationDraft(form.incident, template: next)
                form.subject = LineEditor(draft.subject)
                form.message = TextArea(draft.message)
                if form.retryOf == nil {
                    form.channel = draft.channel
                    form.recipient = LineEditor(draft.recipient)
                    form.route = route(draft.channel, form.incident)
                }
            }
        case .channel:
            let all = NotificationRecord.Channel.allCases
            form.channel = all[(all.firstIndex(of: form.channel)! + step + all.count) % all.count]
            if let address = contactAddress(form.channel, for: form) { form.recipient = LineEditor(address) }
            form.route = route(form.channel, form.incident)
        case .how:
            form.recorded.toggle()
        default:
            break
        }
    }

    private func route(_ channel: NotificationRecord.Channel, _ id: String) -> NotificationRecord.Delivery {
        desk.notificationDelivery(channel, exercise: ((try? desk.incident(id)) ?? nil)?.exercise ?? false, recorded: false)
    }

    /// The directory contact's address for `channel` (a name and number for a call), when the
    /// notice goes to the agency.
    private func contactAddress(_ channel: NotificationRecord.Channel, for form: NotifyForm) -> String? {
        guard form.template != .ncert, let contact = state.detail?.agency?.contacts.first, state.detail?.incident.id == form.incident,
              let directoryChannel = Agency.Channel(rawValue: channel.rawValue) else { return nil }
        return NotificationDraft.recipient(contact, by: directoryChannel)
    }

    /// Checks the form as `certdesk notify` would and starts it; a refusal keeps the form as typed.
    private func sendNotification(_ form: NotifyForm) {
        checkHealth()
        let keep = ConsoleOverlay.notifyForm(form)
        if let banner = state.banner { return refuse(BilingualText { $0.notRecorded($0.say(banner)) }, keeping: keep) }
        guard !TextChecks.isBlank(form.recipient.text) else {
            var back = form
            back.field = .recipient
            return refuse(\.notificationNeedsRecipient, keeping: .notifyForm(back))
        }
        var at: Instant?
        if !TextChecks.isBlank(form.time.text) {
            switch LocalTimeInput.parse(form.time.text, now: state.now, offsetMinutes: time.offsetMinutes) {
            case .success(let parsed): at = parsed
            case .failure(let problem):
                var back = form
                back.field = .time
                return refuse(problem.reason, keeping: .notifyForm(back))
            }
        }
        let draft = form.draft
        let delivery = form.recorded ? NotificationRecord.Delivery.recorded : form.route
        do {
            try desk.beginNotification(draft, at: at, recorded: form.recorded)
        } catch let error as ConsoleDeskError {
            return refuse(BilingualText(verbatim: error.message), keeping: keep)
        } catch {
            return refuse(BilingualText(verbatim: "\(error)"), keeping: keep)
        }
        state.overlay = nil
        state.pendingNotifications += 1
        state.message = StatusMessage(delivery == .recorded || delivery == .exercise
            ? state.words.notificationRecording(draft.incident) : state.words.notificationSending(draft.incident, state.words.name(of: delivery)))
        collectNotifications()
    }

    /// The notices that finished: the desk as it now is, and how each went.
    func collectNotifications() {
        let finished = desk.finishedNotifications()
        guard !finished.isEmpty else { return }
        state.pendingNotifications = max(0, state.pendingNotifications - finished.count)
        reloadAll()
        for finish in finished {
            switch finish {
            case .recorded(let sent):
                state.message = StatusMessage(NotificationText.outcome(sent.record, met: sent.met, state.words, time), isError: !sent.record.wentOut)
            case .notRecorded(_, let reason):
                state.message = StatusMessage(reason, isError: true)
            }
        }
    }

    /// Brings `id` on screen, its Notices tab open; false (and why) when the queue as filtered
    /// does not hold it.
    func show(_ id: String) -> Bool {
        var position: Int?
        attempt { position = try desk.queuePosition(of: id, state.query) }
        guard let position else {
            state.message = StatusMessage(state.words.notInQueue(id), isError: true)
            return false
        }
        state.selected = position
        keepSelectionVisible()
        loadWindowIfNeeded()
        state.view = .detail
        state.tab = .notifications
        state.detailScroll = 0
        markSeen()
        reloadIncident()
        return true
    }

    func openOutbox() {
        attempt {
            let owed = try desk.notificationWork(limit: Outbox.shown)
            state.overlay = .outbox(Outbox(entries: owed.items, total: owed.total))
        }
    }

    func handleOutboxKey(_ key: KeyPress, _ outbox: inout Outbox) {
        switch key {
        case .escape, .character("q"), .character("O"):
            state.overlay = nil
            return
        case .down, .character("j"): outbox.selected = min(max(0, outbox.entries.count - 1), outbox.selected + 1)
        case .up, .character("k"): outbox.selected = max(0, outbox.selected - 1)
        case .home, .character("g"): outbox.selected = 0
        case .end, .character("G"): outbox.selected = max(0, outbox.entries.count - 1)
        case .enter, .character("N"):
            guard outbox.entries.indices.contains(outbox.selected) else { return }
            let work = outbox.entries[outbox.selected]
            state.overlay = nil
            if state.mode == .replay { return refuseInReplay(.notify) }
            // The incident acted on is the one on screen: its detail comes up first.
            guard show(work.incident.id) else { return }
            switch work.item {
            case .draft(let template, _): openNotifyForm(work.incident.id, template: template)
            case .failed(let record): openNotifyForm(work.incident.id, template: record.template, retrying: record)
            case .reentry: state.message = StatusMessage(state.words.reentryHint(work.incident.id))
            }
            return
        default: break
        }
        state.overlay = .outbox(outbox)
    }
}
