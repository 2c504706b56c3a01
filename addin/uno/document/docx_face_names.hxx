// The .docx is read on PCs that have the faces of an official document
// (仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体), while Writer here draws the
// report with the Debian faces that stand in for them (report_fonts.hxx).
// Naming the stand-ins in the .docx would make Word and WPS substitute
// again, away from 仿宋: the stored file is given the official names
// instead, each with its other usual name as the alternative Word falls back
// to (仿宋, FangSong on every Windows). The PDF keeps the faces drawn here.
#pragma once

#include "document/report_fonts.hxx"

#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <vector>

namespace huibao::uno {

// Renames each stand-in to its official face in every XML part of the .docx
// at `docxUrl` (runs, styles, footers, the chart, the font table). A stand-in
// shared by two roles takes the name of the first in `standIns`. False when
// the file could not be rewritten; it is then as Writer stored it.
bool nameOfficialFaces(const css::uno::Reference<css::uno::XComponentContext>& context, const ::rtl::OUString& docxUrl,
                       const std::vector<FaceStandIn>& standIns) noexcept;

} // namespace huibao::uno
