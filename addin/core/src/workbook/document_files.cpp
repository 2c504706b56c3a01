#include "huibao/workbook/document_files.hpp"

#include "huibao/text/text.hpp"

#include <boost/url.hpp>

#include <iterator>

namespace huibao {
namespace {

// The document's URL with its last path segment (decoded) passed through `rename`.
template <class Rename>
std::optional<std::u16string> renameLastSegment(std::u16string_view documentUrl, Rename rename) {
    const std::string text = toUtf8(documentUrl); // parse_uri views it
    const auto parsed = boost::urls::parse_uri(text);
    if (!parsed || parsed->scheme_id() != boost::urls::scheme::file) return std::nullopt;
    boost::urls::url url(*parsed);
    url.remove_query();
    url.remove_fragment();
    auto segments = url.segments();
    if (segments.empty()) return std::nullopt;
    const auto last = std::prev(segments.end());
    segments.replace(last, rename(fromUtf8(*last)));
    return fromUtf8(url.buffer());
}

} // namespace

std::optional<std::u16string> fileUrlNextTo(std::u16string_view documentUrl, std::u16string_view suffix) {
    return renameLastSegment(documentUrl, [&](std::u16string name) {
        const auto dot = name.rfind(u'.');
        if (dot != std::u16string::npos && dot > 0) name.resize(dot);
        return toUtf8(name + std::u16string(suffix));
    });
}

std::optional<std::u16string> siblingFileUrl(std::u16string_view documentUrl, std::u16string_view fileName) {
    return renameLastSegment(documentUrl, [&](const std::u16string&) { return toUtf8(fileName); });
}

} // namespace huibao
