/// An amount of Norwegian kroner kept exactly in øre (1/100 krone).
public struct Money: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var ore: Int64

    public init(ore: Int64) { self.ore = ore }
    public init(kroner: Int64) { self.ore = kroner * 100 }

    public static let zero = Money(ore: 0)

    /// `kr 1 250,00` — Norwegian grouping with spaces and a decimal comma.
    public var formatted: String {
        (ore < 0 ? "-kr " : "kr ") + Self.grouped(ore.magnitude / 100) + "," + pad2(Int(ore.magnitude % 100))
    }

    /// `1 250` or `1 250,50`: the amount without "kr", øre only when there are any (tables of amounts).
    public var amountText: String {
        let whole = (ore < 0 ? "-" : "") + Self.grouped(ore.magnitude / 100)
        return ore.magnitude % 100 == 0 ? whole : whole + "," + pad2(Int(ore.magnitude % 100))
    }

    /// `1 250 000`: thousands apart by a space.
    private static func grouped(_ kroner: UInt64) -> String {
        guard kroner >= 1000 else { return String(kroner) }
        return grouped(kroner / 1000) + " " + String(format3: Int64(kroner % 1000))
    }

    public var description: String { formatted }

    /// Parses `1250`, `1 250`, `1250,50`, `1250.5`, `kr 1 250,00` into øre.
    public init?(parsing raw: String) {
        var text = raw.trimmingWhitespace().lowercased()
        if text.hasPrefix("kr") { text = String(text.dropFirst(2)) }
        if text.hasPrefix("nok") { text = String(text.dropFirst(3)) }
        text = text.filter { !$0.isWhitespace && $0 != "\u{00A0}" && $0 != "\u{202F}" }
        if text.hasSuffix(",-") { text = String(text.dropLast(2)) }
        guard !text.isEmpty else { return nil }
        let parts = text.split(separator: text.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, !parts[0].isEmpty, parts[0].allSatisfy(\.isASCIIDigit),
              let kroner = Int64(parts[0]), kroner < 1_000_000_000_000 else { return nil }
        var ore: Int64 = 0
        if parts.count == 2 {
            let fraction = parts[1]
            guard (1...2).contains(fraction.count), fraction.allSatisfy(\.isASCIIDigit) else { return nil }
            ore = Int64(fraction.count == 1 ? String(fraction) + "0" : String(fraction))!
        }
        self.ore = kroner * 100 + ore
    }

    public static func < (a: Money, b: Money) -> Bool { a.ore < b.ore }
    public static func + (a: Money, b: Money) -> Money { Money(ore: a.ore + b.ore) }
    public static func += (a: inout Money, b: Money) { a = a + b }
    public static func - (a: Money, b: Money) -> Money { Money(ore: a.ore - b.ore) }
}

extension String {
    init(format3 n: Int64) {
        self = n < 10 ? "00\(n)" : n < 100 ? "0\(n)" : "\(n)"
    }
}
