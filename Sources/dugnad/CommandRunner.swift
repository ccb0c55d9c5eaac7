import DugnadApp
import DugnadCore
import DugnadStore
import Foundation

/// Performs the app's commands against the store and answers with messages,
/// failures included: every store error comes back as a value the update
/// turns into a translated message — never silence.
///
/// Reads are small and index-bounded (a visible window), so they run on the
/// loop's thread: the frame after a key already shows the new rows. Writes
/// run one at a time on a queue of their own: a write that waits for another
/// process's lock (up to the busy timeout) never freezes the keys, and the
/// form shows "Saving …" until the answer arrives (see docs/DECISIONS.md).
final class CommandRunner: @unchecked Sendable {
    let database: AppDatabase
    /// Asks the terminal for a full repaint (Ctrl-L, or the palette's "redraw").
    var onRedraw: () -> Void = {}
    /// The language of the messages the runner words itself (file errors).
    var language: Language = .en
    private let lock = NSLock()
    /// Row counts by list source: paging reads a new window of the same list
    /// without counting it again. Emptied whenever the database changes.
    private var counts: [ListSource: Int] = [:]
    /// Counts made off the loop (the grant inbox), see `OffLoopCounter`.
    let counter = OffLoopCounter()
    private var currentDay: CivilDate
    private let writes = DispatchQueue(label: "dugnad.writes")

    init(database: AppDatabase, today: CivilDate) {
        self.database = database
        self.currentDay = today
        warmUpMonthView()
    }

    /// The date the store's "from today" questions use (closures, search, deactivation).
    var today: CivilDate {
        get { lock.withLock { currentDay } }
        set { lock.withLock { currentDay = newValue } }
    }

    /// The database changed (here or in another process): counts are stale.
    func databaseChanged() {
        lock.withLock { counts.removeAll() }
        counter.databaseChanged()
    }

    /// A count kept for this list source (until the database changes).
    func knownCount(_ key: ListSource) -> Int? { lock.withLock { counts[key] } }
    func remember(_ total: Int, for key: ListSource) { lock.withLock { counts[key] = total } }

    /// Reads this month once as the month view does, before the first frame:
    /// the month's statement is then prepared and its pages are in memory, so
    /// the first switch to the month view costs what every later one does.
    /// A failure here only means the first switch reads cold; it is not shown.
    private func warmUpMonthView() {
        let first = today.firstOfMonth.startOfWeek
        do {
            _ = try database.calendar(from: first, through: first.adding(days: 41), filter: CalendarFilter(),
                                      perDay: CalendarState.monthPerDay)
        } catch {
            return
        }
    }

    func perform(_ command: Command, send: @escaping @Sendable (Msg) -> Void) {
        if case .loadPage(let request) = command, case .grantInbox(let expression, let sort) = request.source {
            return loadGrantInbox(request, expression: expression, sort: sort, send: send)
        }
        guard command.changesData else { return performNow(command, send: send) }
        databaseChanged()
        writes.async { [self] in
            // While this write waits for another process's lock, the screen says so (and by whom).
            let path = database.path
            database.busyWait.listen { send(.waitingForLock(holder: LockHolders.describeWriter(of: path))) }
            performNow(command, send: send)
            database.busyWait.listen(nil)
            databaseChanged()
        }
    }

    /// Runs `body` and answers its result, or its failure, as the message `make` builds.
    func answer<T>(_ make: (Result<T, AppError>) -> Msg, _ body: () throws -> T) -> Msg {
        do { return make(.success(try body())) } catch { return make(.failure(appError(error))) }
    }

    private func performNow(_ command: Command, send: (Msg) -> Void) {
        switch command {
        case .loadLookup:
            send(answer({ .lookupLoaded($0) }) { try loadLookup() })
        case .reloadStaff:
            send(answer({ .staffLoaded($0) }) { try database.currentStaff() })
        case .loadPage(let request):
            do {
                let known = lock.withLock { counts[request.source.countKey] }
                if let known {
                    send(.pageLoaded(request, total: known, rows: try loadRows(request)))
                    return
                }
                let (total, rows) = try loadPage(request)
                lock.withLock { counts[request.source.countKey] = total }
                send(.pageLoaded(request, total: total, rows: rows))
            } catch {
                send(.pageFailed(request, appError(error)))
            }
        case .search(let text):
            let day = today
            send(answer({ .searchCompleted(query: text, results: $0) }) {
                // One more than shown per kind tells whether there are more.
                let shown = 8
                var results: [SearchResult] = []
                var perKind: [SearchResult.Kind: Int] = [:]
                for result in try database.search(text, today: day, limitPerKind: shown + 1).map(searchResult) {
                    perKind[result.kind, default: 0] += 1
                    if perKind[result.kind]! > shown {
                        if let i = results.lastIndex(where: { $0.kind == result.kind }) { results[i].more = true }
                    } else {
                        results.append(result)
                    }
                }
                return results
            })
        case .redraw:
            onRedraw()
        case .directory(let command):
            performDirectory(command, send: send)
        case .venues(let command):
            performVenues(command, send: send)
        case .calendar(let calendarCommand):
            performCalendar(calendarCommand, send: send)
        case .grants(let grantsCommand):
            performGrants(grantsCommand, send: send)
        case .venueAdmin(let adminCommand):
            performVenueAdmin(adminCommand, send: send)
        case .volunteers(let command):
            performVolunteers(command, send: send)
        }
    }

    /// The Directory's effects.
    private func performDirectory(_ command: DirectoryCommand, send: (Msg) -> Void) {
        switch command {
        case .saveOrganisation(let organisation):
            send(answer({ .directory(.organisationSaved($0)) }) { try database.saveOrganisation(organisation) })
        case .setOrganisationActive(let id, let active):
            send(answer({ .directory(.organisationActiveSet($0)) }) {
                try database.setOrganisationActive(id: id, active)
                guard let org = try database.organisation(id: id) else { throw StoreError.notFound }
                return org
            })
        case .loadOrganisationDetail(let id):
            let day = today
            send(answer({ .directory(.organisationDetailLoaded($0)) }) {
                OrganisationDetail(organisationID: id,
                                   history: Array(try database.auditEntries(entity: "organisation", id: id).prefix(12)),
                                   agreements: try database.agreements(organisationID: id),
                                   bookings: try database.upcomingBookings(organisationID: id, from: day,
                                                                           limit: OrganisationDetail.bookingLimit),
                                   bookingTotal: try database.upcomingBookingCount(organisationID: id, from: day))
            })
        }
    }

    private func loadLookup() throws -> Lookup {
        var lookup = Lookup(kommunedeler: try database.kommunedeler(), sites: try database.sites(),
                            umbrellas: try database.umbrellaOrganisations(), schemes: try database.grantSchemes(),
                            venueNames: try database.venueNames(),
                            staffNames: Dictionary(try database.staffMembers().map { ($0.username, $0.displayName) },
                                                   uniquingKeysWith: { first, _ in first }))
        lookup.services = try database.services()
        lookup.skills = try database.skillVocabulary()
        return lookup
    }
    /// Only the rows of a window, for a list whose count is known.
    private func loadRows(_ request: ListRequest) throws -> PageRows {
        try loadPage(request, counting: false).1
    }

    private func loadPage(_ request: ListRequest, counting: Bool = true) throws -> (Int, PageRows) {
        func count(_ counter: () throws -> Int) rethrows -> Int { counting ? try counter() : 0 }
        let (offset, limit) = (request.offset, request.limit)
        switch request.source {
        case .organisations(let query, let sort):
            let storeSort: AppDatabase.OrganisationSort = switch sort {
            case .name: .name
            case .kommunedel: .kommunedel
            case .category: .category
            case .recent: .recent
            }
            return (try count { try database.organisationCount(matching: query) },
                    .organisations(try database.organisations(matching: query, sort: storeSort, offset: offset, limit: limit)))
        case .services(let query):
            return (try count { try database.serviceCount(matching: query) },
                    .services(try database.services(matching: query, offset: offset, limit: limit)))
        case .venues(let query):
            return (try count { try database.venueCount(matching: query) },
                    .venues(try database.venues(matching: query, offset: offset, limit: limit)))
        case .staff(let query):
            return (try count { try database.staffCount(matching: query) },
                    .staff(try database.staffMembers(matching: query, offset: offset, limit: limit)))
        case .venueGrid(let day, let filter):
            return (try count { try database.venueDayCount(filter: filter) },
                    .venueDays(try database.venueDays(on: day, filter: filter, offset: offset, limit: limit)))
        case .activities(let from, let through, let query):
            return (try count { try database.activityCount(from: from, through: through, matching: query) },
                    .activities(try database.activities(from: from, through: through, matching: query,
                                                        offset: offset, limit: limit)))
        case .applications(let query):
            return (try count { try database.applicationCount(matching: query) },
                    .applications(try database.applications(matching: query, offset: offset, limit: limit)))
        case .grantInbox(let expression, let sort):
            let filter = (try? GrantFilterParser.parse(expression).get()) ?? GrantFilter()
            return (try count { try database.grantInboxCount(filter, today: today) },
                    .grantInbox(try database.grantInbox(filter, sort: sort, today: today, offset: offset, limit: limit)))
        case .volunteers(let query):
            return (try count { try database.volunteerCount(matching: query) },
                    .volunteers(try database.volunteers(matching: query, offset: offset, limit: limit)))
        case .requests(let query):
            return (try count { try database.volunteerRequestCount(matching: query) },
                    .requests(try database.volunteerRequests(matching: query, offset: offset, limit: limit)))
        case .ownRequests(let ids, let query):
            return (try count { try database.volunteerRequestCount(matching: query, serviceIDs: ids) },
                    .requests(try database.volunteerRequests(matching: query, serviceIDs: ids, offset: offset, limit: limit)))
        }
    }

    private func searchResult(_ hit: SearchHit) -> SearchResult {
        let kind: SearchResult.Kind = switch hit.kind {
        case .organisation: .organisation
        case .booking: .booking
        case .person: hit.table == "staff" ? .staff : .person
        case .venue: .venue
        case .activity: .activity
        case .application: .application
        }
        return SearchResult(kind: kind, id: hit.id, title: hit.title, subtitle: hit.subtitle, booking: hit.booking,
                            details: hit.details)
    }
}

/// The store's refusals as the app's error values.
func appError(_ error: Error) -> AppError {
    if let e = error as? AppError { return e }
    guard let e = error as? StoreError else { return .storage(String(describing: error)) }
    switch e {
    case .notStaff(let user): return .notStaff(user: user)
    case .forbidden(_, let role): return .forbidden(role: role)
    case .invalidOrganisation(let problems): return .invalidOrganisation(problems)
    case .duplicateOrgNumber(let n): return .duplicateOrgNumber(n)
    case .bookingOverlap: return .bookingOverlap
    case .bookingRefused(let conflicts): return .bookingRefused(conflicts)
    case .invalidVenue(let issues): return .invalidVenue(issues)
    case .invalidClosure(let problems): return .invalidClosure(problems)
    case .locked(let path): return .locked(holder: LockHolders.describeWriter(of: path))
    case .notFound: return .notFound
    case .alreadyInSeries: return .alreadyInSeries
    case .volunteerRefused(let problems): return .volunteer(problems)
    case .grantRefused(let refusals): return .grantRefused(refusals)
    default: return .storage(e.description)
    }
}

extension Command {
    /// Whether performing the command may write: cached counts are then stale.
    var changesData: Bool {
        switch self {
        case .loadLookup, .loadPage, .search, .reloadStaff, .redraw: return false
        case .directory(let command):
            switch command {
            case .loadOrganisationDetail: return false
            case .saveOrganisation, .setOrganisationActive: return true
            }
        case .venues(let command):
            switch command {
            case .loadOrganisations, .assess, .assessSeries, .loadDay, .loadWeek, .findFreeSlots, .findFreeRooms, .loadRequests,
                 .assessEdit: return false
            case .book, .bookSeries, .cancelBooking, .cancelSeries, .restoreBooking, .approve, .reject, .editBookings, .repeatBooking:
                return true
            }
        case .venueAdmin(let command):
            switch command {
            case .loadClosures, .loadClosureHits: return false
            case .saveVenue, .setVenueActive, .saveClosure, .deleteClosure: return true
            }
        case .calendar(let command):
            switch command {
            case .load, .loadSeries, .export, .loadBookingActivity: return false
            case .save, .setCancelled, .endSeries: return true
            }
        case .grants(let command):
            switch command {
            case .loadCase: return false
            case .setFlag: return true
            case .tools(let tools): return tools.changesData
            case .work(let work): return work.changesData
            }
        case .volunteers(let command): return command.changesData
        }
    }
}
