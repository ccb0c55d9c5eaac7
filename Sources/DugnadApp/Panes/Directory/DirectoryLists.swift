import DugnadCore

/// The Directory's four lists, each declared once: rows, filter, what the store reads.
enum DirectoryLists {
    typealias List<Row: Sendable & Equatable> = PaneList<DirectoryState, Row>

    static var organisations: List<Organisation> {
        List(rows: \.organisations, query: \.[query: .organisations],
             source: { .organisations(query: $0.query(.organisations), sort: $0.sort) },
             extract: { if case .organisations(let r) = $0 { r } else { nil } })
    }
    static var services: List<Service> {
        List(rows: \.services, query: \.[query: .services], source: { .services(query: $0.query(.services)) },
             extract: { if case .services(let r) = $0 { r } else { nil } })
    }
    static var venues: List<Venue> {
        List(rows: \.venues, query: \.[query: .venues], source: { .venues(query: $0.query(.venues)) },
             extract: { if case .venues(let r) = $0 { r } else { nil } })
    }
    static var staff: List<Staff> {
        List(rows: \.staff, query: \.[query: .staff], source: { .staff(query: $0.query(.staff)) },
             extract: { if case .staff(let r) = $0 { r } else { nil } })
    }

    static var all: [AnyPaneList<DirectoryState>] { [organisations.erased, services.erased, venues.erased, staff.erased] }

    static func list(_ section: DirectoryState.Section) -> AnyPaneList<DirectoryState> {
        switch section {
        case .organisations: return organisations.erased
        case .services: return services.erased
        case .venues: return venues.erased
        case .staff: return staff.erased
        }
    }
}
