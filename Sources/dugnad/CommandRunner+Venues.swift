import DugnadApp
import DugnadCore
import DugnadStore

extension CommandRunner {
    /// The Venues pane's effects: each one store call, answered with a message.
    func performVenues(_ command: VenuesCommand, send: (Msg) -> Void) {
        switch command {
        case .loadOrganisations:
            send(answer({ .venues(.organisationsLoaded($0)) }) {
                try database.organisationChoices().map {
                    OrganisationChoice(id: $0.id, name: $0.name, registered: $0.registered, contactName: $0.contactName, phone: $0.phone)
                }
            })
        case .assess(let draft):
            do {
                let a = try database.assess(draft)
                send(.venues(.bookingAssessed(draft, .success(BookingCheck(conflicts: a.conflicts, price: a.price, status: a.status)))))
            } catch {
                send(.venues(.bookingAssessed(draft, .failure(appError(error)))))
            }
        case .assessSeries(let draft, let series, let skip):
            do { send(.venues(.seriesAssessed(draft, series, skip, .success(try database.assessSeries(draft, series))))) }
            catch { send(.venues(.seriesAssessed(draft, series, skip, .failure(appError(error))))) }
        case .bookSeries(let template, let series, let skip):
            do {
                let r = try database.bookSeries(template, series, skipConflicts: skip.skipsConflicts, skipHolidays: skip.skipsHolidays)
                send(.venues(.seriesBooked(.success(SeriesBooked(venueID: template.venueID, booked: r.booked.count,
                                                                  skipped: r.skipped.count)))))
            } catch {
                send(.venues(.seriesBooked(.failure(appError(error)))))
            }
        case .cancelBooking(let id):
            do { try database.cancelBooking(id: id); send(.venues(.cancelled(.success(1), rest: false))) }
            catch { send(.venues(.cancelled(.failure(appError(error)), rest: false))) }
        case .restoreBooking(let id):
            send(answer({ .venues(.restored($0)) }) { try database.restoreBooking(id: id) })
        case .cancelSeries(let series, let from):
            do { send(.venues(.cancelled(.success(try database.cancelSeries(series, from: from)), rest: true))) }
            catch { send(.venues(.cancelled(.failure(appError(error)), rest: true))) }
        case .loadRequests:
            send(answer({ .venues(.requestsLoaded($0)) }) { try database.requestedBookings(limit: 500) })
        case .approve(let id):
            do { send(.venues(.decided(.success(try database.approveBooking(id: id))))) }
            catch { send(.venues(.decided(.failure(appError(error))))) }
        case .reject(let id, let reason):
            do { send(.venues(.decided(.success(try database.rejectBooking(id: id, reason: reason))))) }
            catch { send(.venues(.decided(.failure(appError(error))))) }
        case .loadDay(let day, let venues):
            do { send(.venues(.dayLoaded(day, .success(try database.venueDays(of: venues, on: day))))) }
            catch { send(.venues(.dayLoaded(day, .failure(appError(error))))) }
        case .loadWeek(let venue, let monday):
            do { send(.venues(.weekLoaded(venue.id, monday, .success(try database.venueWeek(of: venue, from: monday))))) }
            catch { send(.venues(.weekLoaded(venue.id, monday, .failure(appError(error))))) }
        case .findFreeRooms(let query):
            do { send(.venues(.freeSlotsFound(query, .success(try database.freeSlots(query, limit: 1000))))) }
            catch { send(.venues(.freeSlotsFound(query, .failure(appError(error))))) }
        case .findFreeSlots(let query):
            do { send(.venues(.freeSlotsFound(query, .success(try database.freeSlots(query))))) }
            catch { send(.venues(.freeSlotsFound(query, .failure(appError(error))))) }
        case .assessEdit(let draft, let scope):
            do { send(.venues(.editAssessed(draft, scope, .success(try database.assessEdit(draft, scope: scope))))) }
            catch { send(.venues(.editAssessed(draft, scope, .failure(appError(error))))) }
        case .editBookings(let draft, let scope):
            do { send(.venues(.bookingsEdited(.success(try database.updateBookings(draft, scope: scope)), scope))) }
            catch { send(.venues(.bookingsEdited(.failure(appError(error)), scope))) }
        case .repeatBooking(let id, let series, let skip):
            do {
                let r = try database.repeatBooking(id: id, series, skipConflicts: skip.skipsConflicts, skipHolidays: skip.skipsHolidays)
                send(.venues(.seriesBooked(.success(SeriesBooked(venueID: r.booked.first?.venueID ?? 0,
                                                                  booked: r.booked.count, skipped: r.skipped.count)))))
            } catch {
                send(.venues(.seriesBooked(.failure(appError(error)))))
            }
        case .book(let booking):
            do { send(.venues(.booked(.success(try database.book(booking))))) }
            catch { send(.venues(.booked(.failure(appError(error))))) }
        }
    }
}
