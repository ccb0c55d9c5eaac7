import TerminalKit

/// One key bound to an action in a context.
public struct Binding: Sendable, Equatable {
    public let keys: [Key]
    public let action: Action
    public let context: KeyContext
    /// Shown in the hint line (the most useful few per context).
    public let hinted: Bool
}

/// The default bindings, one table. Lookup goes from the most specific
/// context to the global one, as in calcurse and tig.
public enum KeyMap {
    public static let bindings: [Binding] = {
        func b(_ keys: [Key], _ a: Action, _ c: KeyContext, hint: Bool = false) -> Binding {
            Binding(keys: keys, action: a, context: c, hinted: hint)
        }
        return [
            // Forms come first: they are modal.
            b([.ctrl("s")], .save, .form, hint: true),
            b([.tab, .down], .nextField, .form, hint: true),
            b([.backTab, .up], .previousField, .form),
            b([.escape], .close, .form, hint: true),
            b([.enter], .open, .form),
            // A yes/no question: only these keys; every other key is swallowed. No letter
            // says yes (a word typed into an open question must change nothing): Enter
            // answers the highlighted choice, which starts on "no" when yes loses something.
            b([.enter], .confirmYes, .confirm, hint: true),
            b([.left, .right, .tab, .backTab], .confirmSwitch, .confirm, hint: true),
            b([.char("n"), .char("N"), .escape], .confirmNo, .confirm, hint: true),
            // Help scrolls like a pager.
            b([.char("k")], .moveUp, .help),
            b([.char("j")], .moveDown, .help),
            // Overlays (help, palette, search).
            b([.enter], .open, .overlay, hint: true),
            b([.up, .ctrl("p")], .moveUp, .overlay),
            b([.down, .ctrl("n")], .moveDown, .overlay),
            b([.escape], .close, .overlay, hint: true),
            b([.pageUp], .pageUp, .overlay),
            b([.pageDown], .pageDown, .overlay),
            // Directory.
            b([.char("n")], .newOrganisation, .directory, hint: true),
            b([.char("e")], .editOrganisation, .directory, hint: true),
            // `D` (capital, as for venues): deactivating is an admin's edit; `d` is "day" elsewhere.
            b([.char("D")], .toggleActive, .directory, hint: true),
            b([.char("s")], .cycleSort, .directory, hint: true),
            // On an organisation's card: cancel the coming booking picked there.
            b([.char("x")], .cancelBooking, .directory),
            // Venues grid (before the day lists: `g` is "go to date" here). Quick booking first:
            // it is the front desk's main action, so the hint line keeps it at 80 columns.
            b([.char("b")], .quickBook, .venueGrid, hint: true),
            b([.left, .char("h")], .moveLeft, .venueGrid),
            b([.right, .char("l")], .moveRight, .venueGrid),
            b([.char("v")], .selectRange, .venueGrid, hint: true),
            b([.shiftLeft, .char("H")], .extendLeft, .venueGrid),
            b([.shiftRight, .char("L")], .extendRight, .venueGrid),
            b([.enter], .open, .venueGrid, hint: true),
            b([.char("g")], .goToDate, .venueGrid, hint: true),
            b([.char("f")], .filterVenues, .venueGrid, hint: true),
            b([.char("w")], .venueWeek, .venueGrid, hint: true),
            // `b` books from one typed line; `B` books through the search form (`s` is "sort" elsewhere).
            b([.char("B")], .findFreeSlot, .venueGrid),
            // The free slots found (over the grid).
            b([.up, .char("k")], .moveUp, .freeSlots),
            b([.down, .char("j")], .moveDown, .freeSlots, hint: true),
            b([.enter], .open, .freeSlots, hint: true),
            b([.escape, .char("B")], .close, .freeSlots, hint: true),
            // The week of one venue: days are rows, so ↑/↓ move a day and `[`/`]` a week.
            b([.char("w")], .venueWeek, .venueWeek, hint: true),
            b([.up, .char("k")], .moveUp, .venueWeek),
            b([.down, .char("j")], .moveDown, .venueWeek),
            b([.left, .char("h")], .moveLeft, .venueWeek),
            b([.right, .char("l")], .moveRight, .venueWeek),
            b([.char("v")], .selectRange, .venueWeek, hint: true),
            b([.shiftLeft, .char("H")], .extendLeft, .venueWeek),
            b([.shiftRight, .char("L")], .extendRight, .venueWeek),
            b([.enter], .open, .venueWeek, hint: true),
            b([.char("["), .pageUp], .previousWeek, .venueWeek, hint: true),
            b([.char("]"), .pageDown], .nextWeek, .venueWeek, hint: true),
            b([.char("t")], .goToToday, .venueWeek),
            b([.escape], .close, .venueWeek),
            // Calendar (before the day lists, so its keys win there). `[`/`]` and PgUp/PgDn step
            // by the period the view shows: a month in the month view, a day in the day view,
            // else a week; `{`/`}` step by the next larger period.
            b([.char("["), .pageUp], .previousMonth, .calendarMonth, hint: true),
            b([.char("]"), .pageDown], .nextMonth, .calendarMonth, hint: true),
            b([.char("["), .pageUp], .previousDay, .calendarDay, hint: true),
            b([.char("]"), .pageDown], .nextDay, .calendarDay, hint: true),
            b([.char("{")], .previousWeek, .calendarDay),
            b([.char("}")], .nextWeek, .calendarDay),
            b([.char("m")], .calendarMonth, .calendar, hint: true),
            b([.char("w")], .calendarWeek, .calendar, hint: true),
            b([.char("a")], .calendarAgenda, .calendar, hint: true),
            b([.char("d")], .calendarDay, .calendar, hint: true),
            b([.left, .char("h")], .previousDay, .calendar),
            b([.right, .char("l")], .nextDay, .calendar),
            b([.char("["), .pageUp], .previousWeek, .calendar, hint: true),
            b([.char("]"), .pageDown], .nextWeek, .calendar, hint: true),
            b([.char("{")], .previousMonth, .calendar),
            b([.char("}")], .nextMonth, .calendar),
            b([.char("g")], .goToDate, .calendar),
            b([.char("n")], .newActivity, .calendar, hint: true),
            b([.char("o")], .quickAddActivity, .calendar, hint: true),
            b([.char("e"), .enter], .editActivity, .calendar),
            b([.char("x")], .cancelOccurrence, .calendar, hint: true),
            b([.char("X")], .endSeries, .calendar),
            b([.char("f")], .filterCalendar, .calendar, hint: true),
            // Export is rare and writes a file: Ctrl-E, so that `E` means "edit the venue" everywhere.
            b([.ctrl("e")], .exportCalendar, .calendar),
            b([.char("x")], .cancelBooking, .venueGrid),
            b([.char("X")], .cancelSeries, .venueGrid),
            b([.char("u")], .undoCancel, .venueGrid),
            // Capital `A`: the approvals are a reviewer's queue; `a` is "agenda" in the Calendar.
            b([.char("A")], .approvalQueue, .venueGrid),
            b([.char("p")], .publishBooking, .venueGrid),
            b([.char("e")], .editBooking, .venueGrid),
            b([.char("r")], .repeatBooking, .venueGrid),
            // Venue administration and closures (over the grid).
            b([.char("N")], .newVenue, .venueGrid),
            b([.char("E")], .editVenue, .venueGrid),
            b([.char("D")], .toggleVenueActive, .venueGrid),
            b([.char("c")], .closureList, .venueGrid),
            b([.char("N")], .newVenue, .directory),
            b([.char("E")], .editVenue, .directory),
            b([.up, .char("k")], .moveUp, .closureList),
            b([.down, .char("j")], .moveDown, .closureList, hint: true),
            b([.char("n")], .newClosure, .closureList, hint: true),
            b([.char("e"), .enter], .editClosure, .closureList, hint: true),
            b([.char("x"), .delete], .deleteClosure, .closureList, hint: true),
            b([.char("c"), .escape], .close, .closureList, hint: true),
            // The filter language is the inbox's main tool: its `/` is hinted first.
            b([.char("/")], .search, .grantsInbox, hint: true),
            b([.char("s")], .cycleSort, .grantsInbox, hint: true),
            // `F` flags, as in mutt; `f` is "filter form" in the other panes (the inbox filters with `/`).
            b([.char("F")], .toggleFlag, .grantsInbox, hint: true),
            b([.escape], .close, .grantsCase, hint: true),
            // The inbox's tools: mutt's tags and `;`, views, overview, comparison, external funds.
            b([.char("t")], .tagLine, .grantsInbox, hint: true),
            b([.char("T")], .tagMatching, .grantsInbox),
            b([.char(";")], .bulkPrefix, .grantsInbox, hint: true),
            b([.char("u")], .undoBulk, .grantsInbox),
            b([.char("v")], .grantViews, .grantsInbox, hint: true),
            b([.char("S")], .saveGrantView, .grantsInbox),
            // The filter language's help: from the palette and from `?` (every letter near it is taken).
            b([.char("o")], .grantOverview, .grantsInbox, hint: true),
            b([.char("c")], .compareApplications, .grantsInbox),
            b([.char("H")], .applicantHistory, .grantsInbox),
            b([.char("$")], .externalFunds, .grantsInbox),
            b([.char("a")], .bulkAssignMe, .grantsBulk, hint: true),
            b([.char("A")], .bulkAssignStaff, .grantsBulk, hint: true),
            b([.char("s")], .bulkStatus, .grantsBulk, hint: true),
            b([.char("f")], .bulkFlag, .grantsBulk, hint: true),
            b([.char("F")], .bulkUnflag, .grantsBulk, hint: true),
            b([.char("t")], .bulkTag, .grantsBulk, hint: true),
            b([.escape], .close, .grantsBulk, hint: true),
            b([.up, .char("k")], .moveUp, .grantsViews),
            b([.down, .char("j")], .moveDown, .grantsViews),
            b([.home, .char("g")], .first, .grantsViews),
            b([.end, .char("G")], .last, .grantsViews),
            b([.enter], .open, .grantsViews, hint: true),
            b([.char("S"), .char("n")], .saveGrantView, .grantsViews, hint: true),
            b([.char("x"), .delete], .deleteGrantView, .grantsViews, hint: true),
            b([.escape, .char("v")], .close, .grantsViews, hint: true),
            b([.up, .char("k")], .moveUp, .grantsOverview),
            b([.down, .char("j")], .moveDown, .grantsOverview),
            b([.pageUp], .pageUp, .grantsOverview),
            b([.pageDown], .pageDown, .grantsOverview),
            b([.home, .char("g")], .first, .grantsOverview),
            b([.end, .char("G")], .last, .grantsOverview),
            b([.enter], .open, .grantsOverview, hint: true),
            b([.char("[")], .previousYear, .grantsOverview, hint: true),
            b([.char("]")], .nextYear, .grantsOverview, hint: true),
            b([.char("e")], .editScheme, .grantsOverview, hint: true),
            b([.escape, .char("o")], .close, .grantsOverview, hint: true),
            b([.up], .moveUp, .grantsFunds, hint: true),
            b([.down], .moveDown, .grantsFunds, hint: true),
            b([.pageUp], .pageUp, .grantsFunds),
            b([.pageDown], .pageDown, .grantsFunds),
            // Letters search the list as they are typed, so the changes take Enter and Insert.
            b([.enter], .editExternalFund, .grantsFunds, hint: true),
            b([.insert], .newExternalFund, .grantsFunds, hint: true),
            b([.escape], .close, .grantsFunds, hint: true),
            b([.escape], .close, .grantsDetail, hint: true),
            // The case view: the officer works the case (s status, t/T tildel, p poeng, i inhabil,
            // r innstilling, v vedtak, k klage, L brev); ↑/↓ and PgUp/PgDn scroll it.
            // In the hint line's order: what every case needs first, so 80 columns keep status, score, decision.
            b([.char("s")], .caseStatus, .grantsCase, hint: true),
            b([.char("p")], .caseScore, .grantsCase, hint: true),
            b([.char("v")], .caseDecide, .grantsCase, hint: true),
            b([.char("i")], .caseConflict, .grantsCase, hint: true),
            b([.char("L")], .caseLetter, .grantsCase, hint: true),
            b([.char("t")], .caseAssignMe, .grantsCase, hint: true),
            b([.char("r")], .caseRecommend, .grantsCase, hint: true),
            b([.char("k")], .caseAppeal, .grantsCase, hint: true),
            b([.char("T")], .caseAssignOther, .grantsCase),
            b([.up], .moveUp, .grantsCase),
            b([.down], .moveDown, .grantsCase),
            b([.pageUp], .pageUp, .grantsCase),
            b([.pageDown], .pageDown, .grantsCase),
            b([.home], .first, .grantsCase),
            b([.end], .last, .grantsCase),
            b([.up, .char("k")], .moveUp, .grantsLetter),
            b([.down, .char("j")], .moveDown, .grantsLetter, hint: true),
            b([.pageUp, .char("b")], .pageUp, .grantsLetter),
            b([.pageDown, .char(" ")], .pageDown, .grantsLetter, hint: true),
            b([.home, .char("g")], .first, .grantsLetter),
            b([.end, .char("G")], .last, .grantsLetter),
            b([.char("e")], .letterLanguage, .grantsLetter, hint: true),
            b([.escape, .char("L")], .close, .grantsLetter, hint: true),
            // Approval queue (over the grid).
            b([.up, .char("k")], .moveUp, .approvalQueue),
            b([.down, .char("j")], .moveDown, .approvalQueue, hint: true),
            // Approve and reject are `+` and `-`, which mean nothing else anywhere.
            b([.char("+")], .approveRequest, .approvalQueue, hint: true),
            b([.char("-")], .rejectRequest, .approvalQueue, hint: true),
            b([.char("A"), .escape], .close, .approvalQueue, hint: true),
            // Day lists.
            b([.char("["), .pageUp], .previousDay, .dayList, hint: true),
            b([.char("]"), .pageDown], .nextDay, .dayList, hint: true),
            b([.char("{")], .previousWeek, .dayList),
            b([.char("}")], .nextWeek, .dayList),
            b([.char("t")], .goToToday, .dayList, hint: true),
            // Volunteers: the triage queue, a request's candidates, the "match all" proposal.
            b([.up, .char("k")], .moveUp, .volunteerTriage),
            b([.down, .char("j")], .moveDown, .volunteerTriage),
            b([.pageUp], .pageUp, .volunteerTriage),
            b([.pageDown], .pageDown, .volunteerTriage),
            b([.home, .char("g")], .first, .volunteerTriage),
            b([.end, .char("G")], .last, .volunteerTriage),
            b([.enter], .open, .volunteerTriage, hint: true),
            b([.char("t")], .triageRequest, .volunteerTriage, hint: true),
            // `<` sends back with a question, `-` rejects (as in the approval queue).
            b([.char("<")], .sendBackRequest, .volunteerTriage),
            b([.char("-")], .rejectRequest, .volunteerTriage),
            b([.char("M")], .matchAll, .volunteerTriage, hint: true),
            b([.char("n")], .registerVolunteer, .volunteerTriage, hint: true),
            b([.char("M")], .matchAll, .volunteerLists),
            b([.char("n")], .registerVolunteer, .volunteerLists, hint: true),
            b([.up, .char("k")], .moveUp, .volunteerRequest),
            b([.down, .char("j")], .moveDown, .volunteerRequest),
            b([.char("p")], .proposeVolunteer, .volunteerRequest, hint: true),
            b([.char("c")], .confirmAssignment, .volunteerRequest, hint: true),
            b([.char("-")], .declineAssignment, .volunteerRequest, hint: true),
            b([.escape], .close, .volunteerRequest, hint: true),
            b([.up, .char("k")], .moveUp, .volunteerProposal),
            b([.down, .char("j")], .moveDown, .volunteerProposal),
            b([.pageUp], .pageUp, .volunteerProposal),
            b([.pageDown], .pageDown, .volunteerProposal),
            b([.char(" ")], .toggleProposal, .volunteerProposal, hint: true),
            b([.char("a")], .acceptProposal, .volunteerProposal, hint: true),
            b([.escape], .close, .volunteerProposal, hint: true),
            // Volunteers: the desk. F2 registers a walk-in from any tab.
            b([.char("P")], .cyclePriority, .volunteerTriage, hint: true),
            b([.char("e")], .editRequest, .volunteerTriage),
            b([.char("T")], .hoursTotals, .volunteerTriage),
            b([.char("!")], .crisisList, .volunteerTriage),
            b([.char("T")], .hoursTotals, .volunteerLists),
            b([.char("!")], .crisisList, .volunteerLists),
            b([.char("n")], .newRequest, .volunteerRequestList, hint: true),
            b([.char("e")], .editRequest, .volunteerRequestList, hint: true),
            b([.char("M")], .matchAll, .volunteerRequestList),
            b([.char("T")], .hoursTotals, .volunteerRequestList),
            b([.char("!")], .crisisList, .volunteerRequestList),
            b([.char("t")], .triageRequest, .volunteerRequest, hint: true),
            b([.char("e")], .editRequest, .volunteerRequest),
            b([.char("h")], .logHours, .volunteerRequest, hint: true),
            b([.char("H")], .logGroupHours, .volunteerRequest),
            b([.up, .char("k")], .moveUp, .volunteerCard),
            b([.down, .char("j")], .moveDown, .volunteerCard),
            b([.char("e")], .editVolunteer, .volunteerCard, hint: true),
            b([.char("a")], .recordPolitiattest, .volunteerCard, hint: true),
            b([.char("b")], .confirmationOfPurpose, .volunteerCard, hint: true),
            b([.char("p")], .pauseVolunteer, .volunteerCard, hint: true),
            b([.char("h")], .logHours, .volunteerCard, hint: true),
            b([.escape], .close, .volunteerCard, hint: true),
            b([.up, .char("k")], .moveUp, .volunteerReading),
            b([.down, .char("j")], .moveDown, .volunteerReading, hint: true),
            b([.escape], .close, .volunteerReading, hint: true),
            b([.up, .char("k")], .moveUp, .volunteerHours),
            b([.down, .char("j")], .moveDown, .volunteerHours),
            b([.char("g")], .cycleHoursGroup, .volunteerHours, hint: true),
            b([.escape], .close, .volunteerHours, hint: true),
            b([.up, .char("k")], .moveUp, .volunteerCrisis),
            b([.down, .char("j")], .moveDown, .volunteerCrisis),
            b([.char("f")], .newCrisisQuery, .volunteerCrisis, hint: true),
            b([.escape], .close, .volunteerCrisis, hint: true),
            // Lists.
            b([.up, .char("k")], .moveUp, .list),
            b([.down, .char("j")], .moveDown, .list, hint: true),
            b([.left, .char("h")], .moveLeft, .list),
            b([.right, .char("l")], .moveRight, .list),
            b([.pageUp], .pageUp, .list),
            b([.pageDown], .pageDown, .list),
            b([.home, .char("g")], .first, .list),
            b([.end, .char("G")], .last, .list),
            b([.enter], .open, .list, hint: true),
            b([.char("/")], .search, .list, hint: true),
            b([.escape], .close, .list),
            // Global.
            b([.char("1")], .showCalendar, .global),
            b([.char("2")], .showVenues, .global),
            b([.char("3")], .showGrants, .global),
            b([.char("4")], .showVolunteers, .global),
            b([.char("5")], .showDirectory, .global),
            b([.tab], .nextFocus, .global),
            b([.backTab], .previousFocus, .global),
            b([.char("?"), .function(1)], .help, .global, hint: true),
            b([.function(2)], .registerVolunteer, .global),
            b([.char(":")], .palette, .global, hint: true),
            b([.ctrl("f")], .globalSearch, .global, hint: true),
            b([.function(3)], .grantIntake, .global),
            b([.ctrl("l")], .redraw, .global),
            b([.char("q")], .quit, .global, hint: true),
        ]
    }()

    /// The contexts consulted, most specific first.
    public static func chain(_ context: KeyContext) -> [KeyContext] {
        switch context {
        case .form: return [.form]
        case .overlay: return [.overlay]
        case .confirm: return [.confirm]
        case .help: return [.help, .overlay]
        case .directory: return [.directory, .list, .global]
        case .dayList: return [.dayList, .list, .global]
        case .venueGrid: return [.venueGrid, .dayList, .list, .global]
        case .venueWeek: return [.venueWeek, .global]
        case .freeSlots: return [.freeSlots, .global]
        case .calendar: return [.calendar, .dayList, .list, .global]
        case .calendarMonth: return [.calendarMonth, .calendar, .dayList, .list, .global]
        case .calendarDay: return [.calendarDay, .calendar, .dayList, .list, .global]
        case .approvalQueue: return [.approvalQueue, .global]
        case .closureList: return [.closureList, .global]
        case .grantsInbox: return [.grantsInbox, .list, .global]
        case .grantsCase: return [.grantsCase, .global]
        case .grantsBulk: return [.grantsBulk]
        case .grantsViews: return [.grantsViews, .global]
        case .grantsOverview: return [.grantsOverview, .global]
        case .grantsFunds: return [.grantsFunds, .global]
        case .grantsDetail: return [.grantsDetail, .global]
        case .grantsLetter: return [.grantsLetter, .global]
        case .volunteerTriage: return [.volunteerTriage, .global]
        case .volunteerLists: return [.volunteerLists, .list, .global]
        case .volunteerRequest: return [.volunteerRequest, .global]
        case .volunteerProposal: return [.volunteerProposal, .global]
        case .volunteerRequestList: return [.volunteerRequestList, .list, .global]
        case .volunteerCard: return [.volunteerCard, .global]
        case .volunteerReading: return [.volunteerReading, .global]
        case .volunteerHours: return [.volunteerHours, .global]
        case .volunteerCrisis: return [.volunteerCrisis, .global]
        case .list: return [.list, .global]
        case .global: return [.global]
        }
    }

    public static func action(for key: Key, in context: KeyContext) -> Action? {
        for c in chain(context) {
            if let hit = bindings.first(where: { $0.context == c && $0.keys.contains(key) }) { return hit.action }
        }
        return nil
    }

    /// Every binding reachable in `context`, each action once, specific first, with only the
    /// keys that reach it here (a key bound in a more specific context hides it further down:
    /// the Calendar's `[` is "previous week", so the day lists' "previous day" keeps only ← h).
    public static func reachable(in context: KeyContext) -> [Binding] {
        var seen = Set<Action>()
        var taken: [Key] = []
        var result: [Binding] = []
        for c in chain(context) {
            var here: [Key] = []
            for binding in bindings where binding.context == c {
                here += binding.keys
                guard !seen.contains(binding.action) else { continue }
                let keys = binding.keys.filter { !taken.contains($0) }
                guard !keys.isEmpty else { continue }
                seen.insert(binding.action)
                result.append(Binding(keys: keys, action: binding.action, context: c, hinted: binding.hinted))
            }
            taken += here
        }
        return result
    }

    /// How a key is written in hints and help.
    public static func name(of key: Key) -> String {
        switch key {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Bksp"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .shiftUp: return "Shift-↑"
        case .shiftDown: return "Shift-↓"
        case .shiftLeft: return "Shift-←"
        case .shiftRight: return "Shift-→"
        case .function(let n): return "F\(n)"
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .resize: return ""
        }
    }
}
