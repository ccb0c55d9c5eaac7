import DugnadCore

extension Phrase {
    var english: String {
        switch self {
        case .venues(let p): return p.text(.en)
        case .grants(let p): return p.text(.en)
        case .grantsInbox(let p): return p.text(.en)
        case .grantScheme(let p): return p.text(.en)
        case .grantsCase(let p): return p.text(.en)
        case .volunteers(let p): return p.text(.en)
        case .frontDesk(let p): return p.text(.en)
        case .tab(let t):
            switch t {
            case .calendar: return "Calendar"
            case .venues: return "Venues"
            case .grants: return "Grants"
            case .volunteers: return "Volunteers"
            case .directory: return "Directory"
            }
        case .action(let a): return a.english
        case .readOnly: return "read-only"
        case .role(let r):
            switch r {
            case .frontdesk: return "front desk"
            case .coordinator: return "volunteer coordinator"
            case .grants: return "grant officer"
            case .admin: return "administrator"
            }
        case .terminalTooSmall(let w, let h):
            return "Terminal too small — Dugnad needs 80×24, has \(w)×\(h). Please enlarge the window."
        case .loading: return "Loading …"
        case .noRows: return "Nothing found."
        case .rowCount(let p, let t, let counting): return "\(p) of \(t)" + (counting ? "+" : "")
        case .filter(let f): return "Filter: \(f)"
        case .searchPrompt: return "Search: "
        case .sortedBy(let k):
            switch k {
            case .name: return "sorted by name"
            case .kommunedel: return "sorted by district"
            case .category: return "sorted by category"
            case .recent: return "sorted by newest"
            }
        case .yes: return "yes"
        case .no: return "no"
        case .none: return "(none)"
        case .helpTitle: return "Keys"
        case .helpContext(let c):
            switch c {
            case .global: return "Everywhere"
            case .list: return "Lists"
            case .directory: return "Directory"
            case .dayList: return "Day by day"
            case .freeSlots: return "Free slots"
            case .venueWeek: return "Week of one venue"
            case .venueGrid: return "Venues grid"
            case .calendar: return "Calendar"
            case .calendarMonth: return "Calendar: month view"
            case .calendarDay: return "Calendar: day view"
            case .approvalQueue: return "Approval queue"
            case .closureList: return "Closures"
            case .grantsInbox: return "Grants"
            case .grantsCase: return "Grant case"
            case .grantsBulk: return "Grants: ; and an action for the tagged"
            case .grantsViews: return "Grants: views"
            case .grantsOverview: return "Grants: overview"
            case .grantsFunds: return "Grants: external sources"
            case .grantsDetail: return "Grants: help, history, comparison"
            case .grantsLetter: return "Grants: decision letter"
            case .volunteerTriage: return "Volunteers: triage"
            case .volunteerLists: return "Volunteers: lists"
            case .volunteerRequest: return "Volunteers: candidates"
            case .volunteerProposal: return "Volunteers: matching proposal"
            case .volunteerRequestList: return "Volunteers: requests"
            case .volunteerCard: return "Volunteers: card"
            case .volunteerReading: return "Volunteers: text"
            case .volunteerHours: return "Volunteers: hours"
            case .volunteerCrisis: return "Volunteers: crisis call list"
            case .form: return "Forms"
            case .overlay: return "Dialogs"
            case .confirm: return "Questions"
            case .help: return "Help"
            }
        case .paletteTitle: return "Commands"
        case .palettePrompt: return "Type to filter: "
        case .globalSearchTitle: return "Search everything"
        case .globalSearchHint: return "Organisations, bookings, people, venues, activities and applications"
        case .noMatches: return "No matches"
        case .searchKind(let k):
            switch k {
            case .organisation: return "Organisation"
            case .booking: return "Booking"
            case .person: return "Volunteer"
            case .staff: return "Staff"
            case .venue: return "Venue"
            case .activity: return "Activity"
            case .application: return "Application"
            }
        case .confirmTitle: return "Confirm"
        case .confirm(let c):
            switch c {
            case .quitDiscardingForm: return "The form has unsaved changes. Quit anyway?"
            case .discardForm: return "Discard the changes in the form?"
            case .directory(.setOrganisationActive(_, let name, let active)):
                return active ? "Make “\(name)” active again?" : "Deactivate “\(name)”? It stays in the directory as inactive."
            case .venues(.cancelBooking(let l)): return FrontDeskPhrase.confirmCancelOne(l).text(.en)
            case .venues(.cancelSeries(let l)): return FrontDeskPhrase.confirmCancelRest(l).text(.en)
            case .venues(.setVenueActive(_, let name, let active)): return Phrase.venues(.admin(.confirmActive(name, active))).text(.en)
            case .venues(.deleteClosure(_, let summary)): return Phrase.venues(.closures(.confirmDelete(summary))).text(.en)
            }
        case .confirmKeys: return FrontDeskPhrase.confirmKeys.text(.en)
        case .pickerHint: return "type to filter, Enter picks"
        case .dateLong(let d): return "\(Phrase.weekdayShort(d.weekday).english) \(DateText.day(d, .en))"
        case .weekdayShort(let w): return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][(w - 1) % 7]
        case .organisationCreated(let n): return "Registered “\(n)”."
        case .organisationUpdated(let n): return "Saved the changes to “\(n)”."
        case .organisationDeactivated(let n): return "“\(n)” is deactivated."
        case .organisationReactivated(let n): return "“\(n)” is active again."
        case .notStaff(let u):
            return "User “\(u)” is not registered as staff and may only look. An administrator can run: dugnad staff add \(u) --role frontdesk"
        case .forbidden(let r):
            if let r { return "Your role (\(Phrase.role(r).english)) may not do this." }
            return "You may not do this."
        case .databaseLocked(let holder):
            return "Not saved: \(holder.map { "another program, \($0)," } ?? "another program") kept the database locked for 5 seconds. Try again in a moment."
        case .waitingForLock(let holder):
            return "Saving … waiting for \(holder.map { "another program, \($0)," } ?? "another program") that is writing to the database."
        case .storageError(let s): return "Could not save: \(s)"
        case .fixFields(let n): return n == 1 ? "One field must be corrected before saving." : "\(n) fields must be corrected before saving."
        case .databaseDamaged(let finding): return "The database file is damaged (\(finding)). Quit and restore from the latest “dugnad backup” – see the README."
        case .saving: return "Saving …"
        case .auditAction(let code):
            switch code {
            case "create": return "created"; case "update", "save": return "changed"; case "delete", "remove": return "deleted"
            case "import": return "imported"; case "cancel": return "cancelled"; case "restore": return "restored"
            case "approve": return "approved"; case "reject": return "rejected"; case "export": return "exported"
            default: return code
            }
        case .submitVerb(let v):
            switch v { case .save: return "save"; case .apply: return "apply"; case .search: return "search"; case .go: return "go"; case .export: return "export" }
        case .nothingSelected: return "Nothing is selected."
        case .jumpedTo(let s): return "Showing “\(s)”."
        case .themeFallback(let s): return "Could not read the theme, using the default: \(s)"
        case .newOrganisation: return "New organisation"
        case .editOrganisation(let n): return "Edit “\(n)”"
        case .fieldRequired: return "Required."
        case .notANumber: return "Type a whole number."
        case .numberOutOfRange(let a, let b): return "Must be between \(a) and \(b)."
        case .dateOutsideRange: return "That date is outside what Dugnad accepts (\(CivilDate.supportedRangeText))."
        case .badDate: return "Unknown date. Type e.g. 26.11.2026, 26.11, 2026-11-26, today or +3."
        case .badTime: return "Unknown time. Type e.g. 18, 1800 or 18:00."
        case .organisationProblem(let p):
            switch p {
            case .nameMissing: return "The name is required."
            case .nameTooLong: return "The name can be at most 120 characters."
            case .orgNumber(.notNineDigits): return "An organisation number has nine digits."
            case .orgNumber(.badCheckDigit): return "The check digit does not match — check the organisation number."
            case .emailInvalid: return "Invalid e-mail address."
            case .duplicateOrgNumber: return "Another organisation already has this organisation number."
            }
        case .label(let l):
            switch l {
            case .name: return "Name"
            case .orgNumber: return "Org. number"
            case .frivillighetsregisteret: return "Frivillighetsregisteret"
            case .category: return "Category"
            case .umbrella: return "Umbrella organisation"
            case .kommunedel: return "District"
            case .contact: return "Contact person"
            case .email: return "E-mail"
            case .phone: return "Phone"
            }
        case .directorySection(let s):
            switch s {
            case .organisations: return "Organisations"
            case .services: return "Services"
            case .venues: return "Venues"
            case .staff: return "Staff"
            }
        case .volunteersSection(let s):
            switch s {
            case .triage: return "Triage"
            case .requests: return "Requests"
            case .volunteers: return "Volunteers"
            }
        case .column(let c): return c.english
        case .active: return "active"
        case .inactive: return "inactive"
        case .frivReg(let member): return member ? "In Frivillighetsregisteret" : "Not in Frivillighetsregisteret"
        case .umbrellaShort: return "Umbrella"
        case .history: return "History"
        case .agreements: return "Collaboration agreements"
        case .involvesMoney: return "involves money"
        case .agendaTitle(let f, let t): return "Activities \(DateText.range(f, t, .en))"
        case .bookingsTitle(let d): return "Bookings \(Phrase.dateLong(d).english)"
        case .inboxTitle: return "Applications"
        case .cancelled: return "cancelled"
        case .free: return "free"
        case .privatePerson: return "private person"
        case .people(let n): return n == 1 ? "1 person" : "\(n) people"
        case .politiattest: return "police certificate"
        case .weekly: return "weekly"
        case .oneOff: return "one-off"
        case .holiday(let h): return h.english
        case .venueKind(let k): return k.english
        case .organisationCategory(let c): return c.english
        case .audience(let a):
            switch a { case .barn: return "children"; case .ungdom: return "youth"; case .voksne: return "adults"
            case .seniorer: return "seniors"; case .alle: return "everyone" }
        case .activityCategory(let c): return c.english
        case .applicationStatus(let s): return s.english
        case .bookingStatus(let s):
            switch s { case .confirmed: return "confirmed"; case .requested: return "awaiting approval"
            case .rejected: return "rejected"; case .cancelled: return "cancelled" }
        case .requestStatus(let s):
            switch s { case .new: return "new"; case .triaged: return "triaged"; case .matching: return "matching"; case .filled: return "filled"; case .completed: return "completed"; case .cancelled: return "cancelled" }
        case .volunteerStatus(let s):
            switch s { case .active: return "active"; case .paused: return "paused"; case .left: return "left" }
        case .priority(let p):
            switch p { case .low: return "low"; case .normal: return "normal"; case .high: return "high"; case .urgent: return "urgent" }
        case .calendar(let c): return c.text(.en)
        }
    }
}
