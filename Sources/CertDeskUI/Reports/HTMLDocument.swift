import CertDeskCore

/// One self-contained HTML page for a report a supervisor can mail or print: inline styles and
/// SVG only, no script, no font, image or style fetched from anywhere (the page's own
/// Content-Security-Policy forbids it), laid out for A4. Every text from the desk is escaped and
/// neutralised first.
enum HTMLDocument {
    static func page(title: String, language: InterfaceLanguage, body: [String]) -> String {
        let lang = language == .zhTW ? "zh-Hant-TW" : "en"
        return """
            <!DOCTYPE html>
            <html lang="\(lang)">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title>
            <style>
            @page { size: A4; margin: 14mm 12mm; }
            body { font-family: "Noto Sans CJK TC", "Noto Sans TC", "PingFang TC", "Microsoft JhengHei", sans-serif;
                   font-size: 10.5pt; color: #111; max-width: 186mm; margin: 0 auto; line-height: 1.45; }
            h1 { font-size: 16pt; border-bottom: 2px solid #1f3b5b; padding-bottom: 4px; }
            h2 { font-size: 12.5pt; color: #1f3b5b; margin: 14px 0 6px; }
            section { break-inside: avoid; page-break-inside: avoid; }
            table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; }
            th, td { border: 1px solid #bbb; padding: 2px 6px; text-align: left; vertical-align: top; }
            th { background: #e8eef5; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            .meta { color: #555; }
            .gap { color: #a00; font-style: italic; }
            svg { display: block; max-width: 100%; height: auto; }
            svg text { font-size: 11px; fill: #111; }
            .exercise { border: 2px solid #a60; color: #a60; padding: 4px 8px; font-weight: bold; }
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    /// Text for an HTML element or attribute: neutralised (no control or bidi character), and
    /// the five characters HTML gives meaning to escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in SafeText.singleLine(text) {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    static func table(_ columns: [String], _ rows: [[String]], numeric: Set<Int> = []) -> String {
        var out = "<table><thead><tr>" + columns.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead><tbody>"
        for row in rows {
            out += "<tr>" + row.enumerated().map { n, cell in
                numeric.contains(n) ? "<td class=\"n\">\(escape(cell))</td>" : "<td>\(escape(cell))</td>"
            }.joined() + "</tr>"
        }
        return out + "</tbody></table>"
    }

    /// A horizontal bar chart: a label, a bar scaled to `scale`, and the figure.
    static func barChart(_ rows: [(label: String, value: Double, figure: String)], scale: Double, colour: String = "#2f6690") -> String {
        let rowHeight = 20, labelWidth = 230, barWidth = 330, width = 640
        let height = rows.count * rowHeight + 6
        var out = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\">"
        for (n, row) in rows.enumerated() {
            let y = n * rowHeight + 3
            let length = scale > 0 ? max(row.value > 0 ? 1 : 0, Int((min(row.value, scale) / scale * Double(barWidth)).rounded())) : 0
            out += "<text x=\"0\" y=\"\(y + 14)\">\(escape(row.label))</text>"
            out += "<rect x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"\(length)\" height=\"\(rowHeight - 6)\" fill=\"\(colour)\"/>"
            out += "<text x=\"\(labelWidth + length + 6)\" y=\"\(y + 14)\">\(escape(row.figure))</text>"
        }
        return out + "</svg>"
    }

    /// Lines over months, one per series, with a legend: the twelve-month trend.
    static func lineChart(months: [String], series: [(label: String, values: [Int], colour: String)]) -> String {
        let width = 640, height = 220, left = 40, right = 130, top = 10, bottom = 30
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let peak = max(1, series.flatMap(\.values).max() ?? 1)
        let step = months.count > 1 ? Double(plotWidth) / Double(months.count - 1) : 0
        func x(_ n: Int) -> Int { left + Int((Double(n) * step).rounded()) }
        func y(_ v: Int) -> Int { top + plotHeight - Int((Double(v) / Double(peak) * Double(plotHeight)).rounded()) }
        var out = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\">"
        out += "<line x1=\"\(left)\" y1=\"\(top + plotHeight)\" x2=\"\(left + plotWidth)\" y2=\"\(top + plotHeight)\" stroke=\"#888\"/>"
        out += "<line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(top + plotHeight)\" stroke=\"#888\"/>"
        out += "<text x=\"\(left - 6)\" y=\"\(top + 10)\" text-anchor=\"end\">\(peak)</text>"
        out += "<text x=\"\(left - 6)\" y=\"\(top + plotHeight)\" text-anchor=\"end\">0</text>"
        for (n, month) in months.enumerated() where n % 2 == (months.count - 1) % 2 {
            out += "<text x=\"\(x(n))\" y=\"\(height - 10)\" text-anchor=\"middle\">\(escape(month))</text>"
        }
        for (n, line) in series.enumerated() {
            let points = line.values.enumerated().map { "\(x($0.offset)),\(y($0.element))" }.joined(separator: " ")
            out += "<polyline fill=\"none\" stroke=\"\(line.colour)\" stroke-width=\"2\" points=\"\(points)\"/>"
            let legendY = top + 14 + n * 18
            out += "<rect x=\"\(width - right + 12)\" y=\"\(legendY - 9)\" width=\"12\" height=\"10\" fill=\"\(line.colour)\"/>"
            out += "<text x=\"\(width - right + 30)\" y=\"\(legendY)\">\(escape(line.label))</text>"
        }
        return out + "</svg>"
    }
}
