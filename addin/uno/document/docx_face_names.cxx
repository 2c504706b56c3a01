#include "document/docx_face_names.hxx"

#include "common/uno_values.hxx"

#include <com/sun/star/embed/ElementModes.hpp>
#include <com/sun/star/embed/StorageFactory.hpp>
#include <com/sun/star/embed/XStorage.hpp>
#include <com/sun/star/embed/XTransactedObject.hpp>
#include <com/sun/star/io/XStream.hpp>
#include <com/sun/star/io/XTruncate.hpp>

#include <string>
#include <utility>

namespace huibao::uno {
namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
namespace ElementModes = css::embed::ElementModes;

std::string utf8(const ::rtl::OUString& text) {
    const ::rtl::OString bytes = ::rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
    return std::string(bytes.getStr(), std::size_t(bytes.getLength()));
}

// An attribute value (w:eastAsia="…", w:name="…", typeface="…") from one
// face to another, in both quotings; element text is left alone.
struct Rename {
    std::string from;
    std::string to;
    std::string alternative;
};

// One pass, building the result: a report's document.xml of a large county
// holds a font name in each of some 100,000 runs.
bool replaceValues(std::string& xml, const std::string& from, const std::string& to) {
    bool changed = false;
    for (const char quote : {'"', '\''}) {
        const std::string needle = std::string("=") + quote + from + quote;
        std::size_t at = xml.find(needle);
        if (at == std::string::npos) continue;
        const std::string replacement = std::string("=") + quote + to + quote;
        std::string out;
        out.reserve(xml.size() + xml.size() / 16);
        std::size_t copied = 0;
        for (; at != std::string::npos; at = xml.find(needle, copied)) {
            out.append(xml, copied, at - copied).append(replacement);
            copied = at + needle.size();
        }
        out.append(xml, copied, std::string::npos);
        xml = std::move(out);
        changed = true;
    }
    return changed;
}

// In the font table, the official face's entry gets its alternative name
// (Word's w:altName), unless it has one.
void addAlternative(std::string& xml, const Rename& rename) {
    const std::string entry = "<w:font w:name=\"" + rename.to + "\">";
    const auto at = xml.find(entry);
    if (at == std::string::npos || rename.alternative.empty()) return;
    const auto after = at + entry.size();
    if (xml.compare(after, 10, "<w:altName") == 0) return;
    xml.insert(after, "<w:altName w:val=\"" + rename.alternative + "\"/>");
}

std::string readAll(const Reference<css::io::XInputStream>& in) {
    std::string bytes;
    Sequence<sal_Int8> chunk;
    while (in->readBytes(chunk, 65536) > 0)
        bytes.append(reinterpret_cast<const char*>(chunk.getConstArray()), std::size_t(chunk.getLength()));
    return bytes;
}

void renameIn(const Reference<css::embed::XStorage>& storage, const std::vector<Rename>& renames) {
    for (const auto& name : storage->getElementNames()) {
        if (storage->isStorageElement(name)) {
            auto inner = storage->openStorageElement(name, ElementModes::READWRITE);
            renameIn(inner, renames);
            Reference<css::embed::XTransactedObject>(inner, UNO_QUERY_THROW)->commit();
            continue;
        }
        if (!name.endsWithIgnoreAsciiCase(".xml")) continue;
        auto stream = storage->openStreamElement(name, ElementModes::READWRITE);
        std::string xml = readAll(stream->getInputStream());
        bool changed = false;
        for (const auto& rename : renames)
            if (replaceValues(xml, rename.from, rename.to)) {
                changed = true;
                if (name == "fontTable.xml") addAlternative(xml, rename);
            }
        if (!changed) continue;
        Reference<css::io::XTruncate>(stream->getOutputStream(), UNO_QUERY_THROW)->truncate();
        auto out = stream->getOutputStream();
        out->writeBytes(Sequence<sal_Int8>(reinterpret_cast<const sal_Int8*>(xml.data()), sal_Int32(xml.size())));
        out->closeOutput();
    }
}

void renameFaces(const Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& docxUrl,
                 const std::vector<FaceStandIn>& standIns) {
    std::vector<Rename> renames;
    for (const auto& face : standIns) {
        Rename rename{utf8(face.standIn), utf8(face.official), utf8(face.alternative)};
        bool taken = false;
        for (const auto& earlier : renames) taken = taken || earlier.from == rename.from;
        if (!taken) renames.push_back(std::move(rename));
    }
    if (renames.empty()) return;
    // A plain zip: the package's [Content_Types].xml and relationships are
    // parts like any other and stay as Writer wrote them.
    const auto format = sequenceOf({property("StorageFormat", Any(::rtl::OUString("ZipFormat")))});
    const auto arguments = sequenceOf({Any(docxUrl), Any(ElementModes::READWRITE), Any(format)});
    Reference<css::embed::XStorage> root(
        css::embed::StorageFactory::create(context)->createInstanceWithArguments(arguments), UNO_QUERY_THROW);
    renameIn(root, renames);
    Reference<css::embed::XTransactedObject>(root, UNO_QUERY_THROW)->commit();
    Reference<css::lang::XComponent>(root, UNO_QUERY_THROW)->dispose();
}

} // namespace

bool nameOfficialFaces(const Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& docxUrl,
                       const std::vector<FaceStandIn>& standIns) noexcept {
    try {
        renameFaces(context, docxUrl, standIns);
        return true;
    } catch (...) {
        // The file stays as Writer stored it: whole, naming the faces drawn here.
        return false;
    }
}

} // namespace huibao::uno
