import DugnadApp
import DugnadCore
import DugnadStore

extension CommandRunner {
    /// The Venues pane's effects: each one store call, answered with a message.
    func performVenues(_ command: VenuesCommand, send: (Msg) -> Void) {
        switch command {
        case .loadOrganisations:
            let list = (try? database.organisationChoices()) ?? []
            send(.venues(.organisationsLoaded(list.map { OrganisationChoice(id: $0.id, name: $0.name, registered: $0.registered) })))
        case .assess(let draft):
            do {
                let a = try database.assess(draft)
                send(.venues(.bookingAssessed(draft, .success(BookingCheck(conflicts: a.conflicts, price: a.price, status: a.status)))))
            } catch {
                send(.venues(.bookingAssessed(draft, .failure(appError(error)))))
            }
        case .loadDay(let day, let venues):
            do { send(.venues(.dayLoaded(day, .success(try database.venueDays(of: venues, on: day))))) }
            catch { send(.venues(.dayLoaded(day, .failure(appError(error))))) }
        case .book(let booking):
            do { send(.venues(.booked(.success(try database.book(booking))))) }
            catch { send(.venues(.booked(.failure(appError(error))))) }
        }
    }
}
