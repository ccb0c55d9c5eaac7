/// The organisation a booking belongs to, as the front desk needs it: who
/// to call, and a name short enough for a grid cell.
public struct BookingParty: Sendable, Hashable, Identifiable {
    public var id: RowID
    public var name: String
    public var contactName: String
    public var phone: String

    public init(id: RowID, name: String, contactName: String = "", phone: String = "") {
        self.id = id; self.name = name; self.contactName = contactName; self.phone = phone
    }

    /// The name with the usual Norwegian club words shortened the way clubs
    /// write them themselves ("Fjell Volleyballklubb" → "Fjell VBK",
    /// "Konnerud Idrettslag" → "Konnerud IL"), so a two-hour cell shows whose it is.
    public var shortName: String { Self.shorten(name) }

    static let abbreviations: [(String, String)] = [
        ("idrettslag", "IL"), ("idrettsforening", "IF"), ("idrettsklubb", "IK"), ("sportsklubb", "SK"),
        ("fotballklubb", "FK"), ("volleyballklubb", "VBK"), ("håndballklubb", "HK"), ("ballklubb", "BK"),
        ("turnforening", "TF"), ("skiklubb", "SKI"), ("svømmeklubb", "SVK"), ("sjakklubb", "SK"),
        ("pensjonistforening", "pensj."), ("velforening", "vel"), ("musikkorps", "korps"),
        ("foreningen", "for."), ("forening", "for."), ("frivilligsentral", "FS"),
    ]

    static func shorten(_ name: String) -> String {
        let words = name.split(separator: " ").map(String.init)
        guard words.count > 1 else { return name }
        return words.map { word in
            let lower = word.lowercased()
            return abbreviations.first { $0.0 == lower }?.1 ?? word
        }.joined(separator: " ")
    }
}

/// A booking with the names a person reads it by: the venue, its site and
/// the organisation (the organisation's card, Ctrl-F, the cancel question).
public struct BookingListing: Sendable, Hashable, Identifiable {
    public var booking: Booking
    public var venueName: String
    public var siteName: String
    public var party: BookingParty?

    public init(booking: Booking, venueName: String, siteName: String = "", party: BookingParty? = nil) {
        self.booking = booking; self.venueName = venueName; self.siteName = siteName; self.party = party
    }

    public var id: RowID { booking.id }
    /// "Flerbrukshall A, Danvik flerbrukshall", or the venue alone.
    public var place: String { siteName.isEmpty ? venueName : "\(venueName), \(siteName)" }
    /// Whose it is: the organisation, or the private booker.
    public var who: String { party?.name ?? booking.bookerName }
}
