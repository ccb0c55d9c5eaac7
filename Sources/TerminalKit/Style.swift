/// Text attributes a terminal can combine with colours.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let italic = TextAttributes(rawValue: 1 << 2)
    public static let underline = TextAttributes(rawValue: 1 << 3)
    public static let reverse = TextAttributes(rawValue: 1 << 4)
}

/// Foreground, background and attributes of a cell.
public struct Style: Sendable, Hashable {
    public var fg: Color
    public var bg: Color
    public var attrs: TextAttributes

    public init(fg: Color = .default, bg: Color = .default, attrs: TextAttributes = []) {
        self.fg = fg
        self.bg = bg
        self.attrs = attrs
    }

    public static let plain = Style()

    /// The same colours with exactly these attributes.
    public func with(attrs: TextAttributes) -> Style {
        var copy = self
        copy.attrs = attrs
        return copy
    }

    /// The same style with these attributes added.
    public func adding(_ attrs: TextAttributes) -> Style {
        var copy = self
        copy.attrs.formUnion(attrs)
        return copy
    }

    public func with(fg: Color) -> Style {
        var copy = self
        copy.fg = fg
        return copy
    }

    public func with(bg: Color) -> Style {
        var copy = self
        copy.bg = bg
        return copy
    }

    /// Both colours mapped to what `capability` can show.
    public func degraded(to capability: ColorCapability) -> Style {
        Style(fg: fg.degraded(to: capability), bg: bg.degraded(to: capability), attrs: attrs)
    }
}
