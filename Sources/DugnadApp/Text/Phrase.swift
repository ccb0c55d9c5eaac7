import DugnadCore

/// Every user-visible text. Each language is one exhaustive `switch`, so the
/// compiler refuses a missing translation.
public enum Phrase: Sendable, Equatable {
    // Shell
    case tab(Tab)
    case action(Action)
    case readOnly
    case role(StaffRole)
    case terminalTooSmall(width: Int, height: Int)
    case loading
    case noRows
    /// "3 av 120"; while the count is being made, "3 av 60+" (at least the rows read).
    case rowCount(position: Int, total: Int, counting: Bool = false)
    case filter(String)
    case searchPrompt
    case sortedBy(OrganisationSortKey)
    case yes, no
    case none
    case helpTitle
    case helpContext(KeyContext)
    case paletteTitle
    case palettePrompt
    case globalSearchTitle
    case globalSearchHint
    case noMatches
    case searchKind(SearchResult.Kind)
    case confirmTitle
    /// The front desk's texts (bookings and their organisations, questions, undo).
    case frontDesk(FrontDeskPhrase)
    case confirm(Confirmation)
    case confirmKeys
    case pickerHint
    case dateLong(CivilDate)
    case weekdayShort(Int)
    // Messages
    case organisationCreated(String)
    case organisationUpdated(String)
    case organisationDeactivated(String)
    case organisationReactivated(String)
    case notStaff(user: String)
    case forbidden(StaffRole?)
    /// A write gave up waiting for another process; the holder where the system can tell.
    case databaseLocked(holder: String?)
    /// A write is waiting for another process that is writing (the form stays open, keys keep working).
    case waitingForLock(holder: String?)
    /// The file is damaged (quick_check's first finding): what to do.
    case databaseDamaged(String)
    case storageError(String)
    case saving
    /// An audit log line's action, as a person reads it ("endret"); an unknown code is shown as stored.
    case auditAction(String)
    /// The hint line's word for Ctrl-S in the open form.
    case submitVerb(SubmitVerb)
    /// n fields of the open form must be corrected before it can be saved.
    case fixFields(Int)
    case nothingSelected
    case jumpedTo(String)
    case themeFallback(String)
    // Forms
    case newOrganisation
    case editOrganisation(String)
    case fieldRequired
    case notANumber
    case numberOutOfRange(Int, Int)
    case badDate
    /// A real date, but outside the years the program keeps (CivilDate.supportedRange).
    case dateOutsideRange
    case badTime
    case organisationProblem(OrganisationProblem)
    case label(FieldLabel)
    // Lists and columns
    case directorySection(DirectoryState.Section)
    case volunteersSection(VolunteersState.Section)
    case column(Column)
    case active, inactive
    case history
    case agreements
    /// An agreement with money involved: may fall under procurement law, never a grant.
    case involvesMoney
    /// Whether an organisation is in Frivillighetsregisteret, as a line of its own ("I Frivillighetsregisteret").
    case frivReg(Bool)
    /// The organisation card's label for its umbrella organisation ("Paraply").
    case umbrellaShort
    case agendaTitle(from: CivilDate, through: CivilDate)
    case bookingsTitle(CivilDate)
    case inboxTitle
    case cancelled
    case free
    case privatePerson
    case people(Int)
    case politiattest
    case weekly, oneOff
    case holiday(Holiday.Kind)
    // Vocabulary
    case venueKind(VenueKind)
    case organisationCategory(OrganisationCategory)
    case audience(Audience)
    case activityCategory(ActivityCategory)
    case applicationStatus(ApplicationStatus)
    case bookingStatus(BookingStatus)
    case requestStatus(RequestStatus)
    case volunteerStatus(VolunteerStatus)
    case priority(Priority)
    // Panes
    case venues(VenuesPhrase)
    case grants(GrantsPhrase)
    /// The grant inbox's tools (tags, bulk actions, views, overview, intake).
    case grantsInbox(GrantsInboxPhrase)
    case grantScheme(GrantSchemePhrase)
    /// The grant case view's work (status, scores, conflict, decision, appeal, letter).
    case grantsCase(GrantCasePhrase)
    // Calendar pane
    case calendar(CalendarPhrase)
    // Volunteers pane
    case volunteers(VolunteersPhrase)

    public func text(_ language: Language) -> String {
        switch language {
        case .nb: return bokmal
        case .en: return english
        }
    }
}

/// Labels of form fields.
public enum FieldLabel: String, Sendable, Equatable, CaseIterable {
    case name, orgNumber, frivillighetsregisteret, category, umbrella, kommunedel, contact, email, phone
}

/// Column headings of the lists.
public enum Column: String, Sendable, Equatable, CaseIterable {
    case name, orgNumber, kommunedel, category, contact, status, phone, email, service, volunteerContact
    case venue, kind, site, capacity, user, role, date, time, title, organiser, audience
    case booker, purpose, attendees, price, reference, received, applicant, scheme, amount, assignee
    case requester, needed, starts, priority, skills, born
}

extension Phrase {
    /// What a date field or date line says when its text is not taken.
    init(_ problem: DateInput.Problem) {
        switch problem {
        case .notADate: self = .badDate
        case .outsideSupportedRange: self = .dateOutsideRange
        }
    }
}
