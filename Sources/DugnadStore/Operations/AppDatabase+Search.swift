import DugnadCore
import GRDB

public enum SearchKind: String, Sendable, CaseIterable {
    case organisation, booking, person, venue, activity, application
}

/// One line of the global search (Ctrl-F).
public struct SearchHit: Sendable, Equatable {
    public var kind: SearchKind
    public var id: RowID
    public var title: String
    public var subtitle: String
    /// The table `id` belongs to. Only needed for `.person`, which covers
    /// both volunteers ("volunteer") and staff ("staff").
    public var table: String
    /// A booking hit's booking with its venue, site and organisation.
    public var booking: BookingListing?
    /// The second line as values, for the app to say in the user's language.
    public var details: [SearchDetail]

    public init(kind: SearchKind, id: RowID, title: String, subtitle: String, table: String? = nil,
                booking: BookingListing? = nil, details: [SearchDetail] = []) {
        self.kind = kind; self.id = id; self.title = title; self.subtitle = subtitle; self.booking = booking
        self.details = details
        self.table = table ?? (kind == .person ? "volunteer" : kind == .application ? "grant_application" : kind.rawValue)
    }
}

extension AppDatabase {
    /// Case-insensitive (also for æøå) substring search over the main
    /// kinds, at most `limitPerKind` hits each, in kind order. Activities
    /// are those of the next 90 days from `today`.
    public func search(_ text: String, today: CivilDate, limitPerKind: Int) throws(StoreError) -> [SearchHit] {
        let needle = TextFold.fold(text.trimmingWhitespace())
        guard !needle.isEmpty, limitPerKind > 0 else { return [] }
        let limit = limitPerKind
        return try read { db in
            var hits: [SearchHit] = []
            func run(_ sql: String, _ arguments: StatementArguments, _ make: (Row) -> SearchHit) throws {
                hits += try db.decodeAll(sql, arguments, make)
            }
            try run("""
                SELECT o.id, o.name, o.org_number, o.category, k.name AS kommunedel FROM organisation o
                LEFT JOIN kommunedel k ON k.id = o.kommunedel_id
                WHERE dugnad_contains(o.name, ?1) OR dugnad_contains(coalesce(o.org_number, ''), ?1)
                   OR dugnad_contains(o.contact_name, ?1)
                ORDER BY o.active DESC, o.name COLLATE NOCASE LIMIT ?2
                """, [needle, limit]) { row in
                // The number as the Directory shows it ("974 760 673"); stored as nine digits.
                let number = (row["org_number"] as String?).map { OrganisationNumber($0)?.formatted ?? $0 }
                let parts = [number, row["kommunedel"] as String?, row["category"] as String?]
                let category = (row["category"] as String?).flatMap(OrganisationCategory.init(rawValue:))
                let details: [SearchDetail] = [number, row["kommunedel"] as String?]
                    .compactMap { $0 }.map(SearchDetail.text) + (category.map { [SearchDetail.organisationCategory($0)] } ?? [])
                return SearchHit(kind: .organisation, id: row["id"], title: row["name"],
                                 subtitle: parts.compactMap { $0 }.joined(separator: " · "), details: details)
            }
            hits += try Self.searchBookings(db, needle: needle, today: today, limit: limit).map { listing in
                SearchHit(kind: .booking, id: listing.id, title: listing.who, subtitle: listing.place, booking: listing)
            }
            try run("""
                SELECT v.id, v.name, v.phone, k.name AS kommunedel FROM volunteer v
                LEFT JOIN kommunedel k ON k.id = v.kommunedel_id
                WHERE dugnad_contains(v.name, ?1) OR dugnad_contains(v.phone, ?1) OR dugnad_contains(v.email, ?1)
                ORDER BY v.name COLLATE NOCASE LIMIT ?2
                """, [needle, limit]) { row in
                SearchHit(kind: .person, id: row["id"], title: row["name"],
                          subtitle: [row["kommunedel"] as String?, row["phone"] as String?]
                            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · "), table: "volunteer")
            }
            try run("""
                SELECT id, username, display_name, role FROM staff
                WHERE active = 1 AND (dugnad_contains(username, ?1) OR dugnad_contains(display_name, ?1))
                ORDER BY display_name LIMIT ?2
                """, [needle, limit]) { row in
                SearchHit(kind: .person, id: row["id"], title: row["display_name"],
                          subtitle: "\(row["username"] as String) · \(row["role"] as String)", table: "staff",
                          details: StaffRole(rawValue: row["role"] as String).map { [SearchDetail.staffRole($0)] } ?? [])
            }
            try run("""
                SELECT v.id, v.name, v.kind, v.capacity, k.name AS kommunedel, s.name AS site FROM venue v
                JOIN kommunedel k ON k.id = v.kommunedel_id LEFT JOIN site s ON s.id = v.site_id
                WHERE dugnad_contains(v.name, ?1) OR dugnad_contains(v.equipment, ?1) OR dugnad_contains(coalesce(s.name, ''), ?1)
                ORDER BY v.active DESC, v.name, s.name LIMIT ?2
                """, [needle, limit]) { row in
                // The site comes first on the second line: eight "Klubbrommet" must read apart.
                // (The title stays the venue's name: the Directory filters its venue list by it.)
                let site = row["site"] as String?
                let kind = VenueKind(rawValue: row["kind"] as String)
                return SearchHit(kind: .venue, id: row["id"], title: row["name"],
                                 subtitle: "\(row["kind"] as String) · \(row["kommunedel"] as String) · \(row["capacity"] as Int)",
                                 details: (site.map { [SearchDetail.text($0)] } ?? []) + (kind.map { [SearchDetail.venueKind($0)] } ?? [])
                                    + [SearchDetail.text(row["kommunedel"] as String), SearchDetail.capacity(row["capacity"] as Int)])
            }
            try run("""
                SELECT id, title, organiser, start FROM activity
                WHERE start >= ?3 AND start < ?4 AND cancelled = 0
                  AND (dugnad_contains(title, ?1) OR dugnad_contains(organiser, ?1))
                ORDER BY start LIMIT ?2
                """, [needle, limit, today.iso, today.adding(days: 91).iso]) { row in
                let start = CivilDateTime(storageText: row["start"] as String)
                return SearchHit(kind: .activity, id: row["id"], title: row["title"],
                                 subtitle: "\(row["start"] as String) · \(row["organiser"] as String)",
                                 details: (start.map { [SearchDetail.start($0)] } ?? []) + [SearchDetail.text(row["organiser"] as String)])
            }
            try run("""
                SELECT id, reference, title, applicant_name, status FROM grant_application
                WHERE dugnad_contains(reference, ?1) OR dugnad_contains(title, ?1)
                   OR dugnad_contains(applicant_name, ?1)
                ORDER BY received_on DESC LIMIT ?2
                """, [needle, limit]) { row in
                SearchHit(kind: .application, id: row["id"], title: row["title"],
                          subtitle: "\(row["reference"] as String) · \(row["applicant_name"] as String) · "
                            + (row["status"] as String),
                          details: [SearchDetail.text(row["reference"] as String), SearchDetail.text(row["applicant_name"] as String)]
                            + (ApplicationStatus(rawValue: row["status"] as String).map { [SearchDetail.applicationStatus($0)] } ?? []))
            }
            return hits
        }
    }
}
