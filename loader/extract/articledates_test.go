package extract

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// articleDateRow is one whole small article of the article-date grid
// (issue #12, helper dates34): a news item as it arrives, in one of four
// forms ("text", "markdown" with front matter, "html" page, "json" record
// read as a JSON Lines stream), with its metadata date (Input.Published,
// text and markdown only), the publication date the document must get
// (empty: unknown) and the date of its first event of quad class quad
// (0: material conflict; -1: no event is checked). fact false: no event of
// that class may be a fact.
type articleDateRow struct {
	name, lang, format, meta, text string
	pub                            string
	quad                           int
	date                           string
	fact                           bool
	known                          bool
}

// articleDateRows: written and annotated before the extractor ran on
// them. Weekdays: 2025-11-13 Thursday, 2025-11-14 Friday, 2025-11-20
// Thursday, 2025-12-01 Monday, 2025-12-04 Thursday, 2025-12-05 Friday,
// 2026-01-15 Thursday.
var articleDateRows = []articleDateRow{
	// JSON records: the "published" field, and none.
	{name: "json id published kemarin", lang: "id", format: "json",
		text: `{"text":"JAKARTA, KOMPAS.com - Pasukan Israel menyerang Gaza kemarin, kata pejabat setempat.\nBaca juga: Gencatan Senjata Gaza di Ujung Tanduk\nEditor: Rina Wulandari","published":"2025-12-05T09:30:00+07:00","lang":"id"}`,
		pub:  "2025-12-05", date: "2025-12-04", fact: true},
	{name: "json en rfc1123 yesterday", lang: "en", format: "json",
		text: `{"text":"KYIV, Nov 14 (Reuters) - Russia attacked Ukraine's power grid yesterday, officials said.\nReporting by Olena Harmash; Editing by Alex Richardson","published":"Fri, 14 Nov 2025 08:00:00 GMT","lang":"en"}`,
		pub:  "2025-11-14", date: "2025-11-13", fact: true},
	{name: "json no published kemarin", lang: "id", format: "json",
		text: `{"text":"Jakarta (ANTARA) - Militer Myanmar mengebom desa di Sagaing kemarin.\nPewarta: Yoanita Hastryka Djohan\nEditor: Atman Ahdiat","lang":"id"}`,
		pub:  "", date: "", fact: true},
	{name: "json plain date explicit weekday", lang: "id", format: "json",
		text: `{"text":"Liputan6.com, Jakarta - Pasukan Israel menyerang kamp pengungsi di Khan Younis pada Senin (1/12/2025).\nBaca Juga\nIsrael Tolak Usulan Gencatan Senjata","published":"2025-12-01","lang":"id"}`,
		pub:  "2025-12-01", date: "2025-12-01", fact: true},
	{name: "json written published minggu malam", lang: "id", format: "json",
		text: `{"text":"Militer Myanmar mengebom desa di Sagaing pada Minggu malam, kata warga.\nSimak berita lainnya di Google News.","published":"1 Desember 2025","lang":"id"}`,
		pub:  "2025-12-01", date: "2025-11-30", fact: true},
	{name: "json en future not fact", lang: "en", format: "json",
		text: `{"text":"JERUSALEM (AP) — Israel will strike Hezbollah targets across Lebanon if rocket fire continues, the defense minister said.\nShare this article","published":"2025-11-20T14:05:00+02:00","lang":"en"}`,
		pub:  "2025-11-20", fact: false},
	{name: "json html field meta", lang: "en", format: "json",
		text: `{"html":"<html><head><meta property=\"article:published_time\" content=\"2025-11-14T06:30:00+00:00\"><title>Strikes</title></head><body><article><p>Russia attacked Ukrainian energy facilities on Thursday, the Ukrainian energy ministry said in a statement on its website.</p><p>Ukraine said the strikes cut power to hundreds of thousands of homes in several regions of the country.</p></article></body></html>","lang":"en"}`,
		pub:  "2025-11-14", date: "2025-11-13", fact: true},
	{name: "json date field", lang: "id", format: "json",
		text: `{"text":"Jakarta, CNN Indonesia -- Pasukan Israel menyerang Gaza dua hari lalu.\nBagikan:","date":"2025-12-05","lang":"id"}`,
		pub:  "2025-12-05", date: "2025-12-03", fact: true},
	{name: "json published_at field", lang: "en", format: "json",
		text: `{"text":"Israeli forces attacked the Jenin refugee camp on Tuesday, Palestinian health officials said.\nRelated: West Bank raids","published_at":"2025-11-20T10:00:00Z","lang":"en"}`,
		pub:  "2025-11-20", date: "2025-11-18", fact: true},
	{name: "json year only published", lang: "id", format: "json",
		text: `{"text":"Pasukan Israel menyerang Gaza kemarin, kata pejabat setempat.","published":"2025","lang":"id"}`,
		pub:  "2025", date: "", fact: true},

	// HTML pages: meta tags, JSON-LD, <time datetime>, and none.
	{name: "html og published kemarin", lang: "id", format: "html",
		text: `<html lang="id"><head><meta property="article:published_time" content="2025-12-05T08:10:00+07:00"><title>Israel Serang Gaza</title></head><body><article><p>Jakarta (ANTARA) - Pasukan Israel menyerang Gaza kemarin, kata pejabat kesehatan setempat kepada wartawan.</p><p>Baca juga: PBB desak gencatan senjata segera di Gaza</p><p>Pewarta: Yuni Arisandy. Editor: Atman Ahdiat.</p></article></body></html>`,
		pub:  "2025-12-05", date: "2025-12-04", fact: true},
	{name: "html jsonld en wednesday", lang: "en", format: "html",
		text: `<html lang="en"><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Strikes hit Kharkiv","datePublished":"2025-12-05T03:00:00Z"}</script><title>Strikes hit Kharkiv</title></head><body><article><p>KHARKIV, Ukraine (AP) — Russia attacked Kharkiv with drones on Wednesday, killing two people, the regional governor said.</p><p>Share on Facebook. Share on X.</p></article></body></html>`,
		pub:  "2025-12-05", date: "2025-12-03", fact: true},
	{name: "html time datetime only", lang: "id", format: "html",
		text: `<html lang="id"><head><title>Serangan di Sagaing</title></head><body><article><h1>Serangan di Sagaing</h1><time datetime="2025-12-04T19:20:00+07:00">Kamis, 4 Desember 2025 19:20 WIB</time><p>Militer Myanmar mengebom sebuah desa di Sagaing pada Rabu malam, kata kelompok perlawanan setempat kepada wartawan.</p><p>Serangan itu menewaskan sedikitnya tujuh warga sipil dan melukai belasan lainnya.</p></article></body></html>`,
		pub:  "2025-12-04", date: "2025-12-03", fact: true},
	{name: "html no metadata kemarin", lang: "id", format: "html",
		text: `<html lang="id"><head><title>Israel Serang Rafah</title></head><body><article><p>Pasukan Israel menyerang Rafah kemarin, kata pejabat setempat kepada kantor berita.</p><p>Serangan itu terjadi di tengah perundingan gencatan senjata yang masih berlangsung di Kairo.</p></article></body></html>`,
		pub:  "", date: "", fact: true},
	{name: "html late night wib hari ini", lang: "id", format: "html",
		text: `<html lang="id"><head><meta property="article:published_time" content="2025-12-04T23:45:00+07:00"><title>Serangan Malam</title></head><body><article><p>Pasukan Israel menyerang Khan Younis hari ini, kata pejabat Palestina kepada wartawan di Gaza.</p><p>Sedikitnya lima orang tewas dalam serangan itu, menurut otoritas kesehatan setempat.</p></article></body></html>`,
		pub:  "2025-12-04", date: "2025-12-04", fact: true},
	{name: "html meta publishdate detik style", lang: "id", format: "html",
		text: `<html lang="id"><head><meta name="publishdate" content="2025/12/05 09:15:00"><title>Rusia Serang Kyiv</title></head><body><article><p>Jakarta - Rusia menyerang Kyiv dengan rudal dan drone pada Kamis (4/12) malam, kata pejabat Ukraina.</p><p>Serangan itu merusak jaringan listrik di ibu kota Ukraina dan beberapa wilayah lain.</p></article></body></html>`,
		pub:  "2025-12-05", date: "2025-12-04", fact: true},
	{name: "html itemprop datepublished", lang: "en", format: "html",
		text: `<html lang="en"><head><meta itemprop="datePublished" content="2025-11-14T10:00:00+07:00"><title>Attack on Gaza</title></head><body><article><p>Israeli forces attacked a school sheltering displaced families in Gaza City yesterday, the civil defence agency said.</p><p>The Israeli military said it had targeted militants operating from the compound.</p></article></body></html>`,
		pub:  "2025-11-14", date: "2025-11-13", fact: true},
	{name: "html jsonld graph", lang: "en", format: "html",
		text: `<html lang="en"><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Strike"},{"@type":"NewsArticle","headline":"Strike","datePublished":"2025-11-20T07:00:00+00:00"}]}</script><title>Strike</title></head><body><article><p>Russia attacked the port of Odesa two days ago, damaging grain terminals, Ukrainian officials said.</p><p>The attack was the third on the port this month, according to the regional administration.</p></article></body></html>`,
		pub:  "2025-11-20", date: "2025-11-18", fact: true},
	{name: "html title date no metadata", lang: "id", format: "html",
		text: `<html lang="id"><head><title>Serangan 4 Desember 2025 di Gaza</title></head><body><article><p>Pasukan Israel menyerang Gaza kemarin, kata pejabat kesehatan setempat kepada wartawan.</p><p>Sedikitnya sepuluh orang tewas, termasuk anak-anak, menurut otoritas setempat.</p></article></body></html>`,
		pub:  "", date: "", fact: true},
	{name: "html meta kamis bracket malam", lang: "id", format: "html",
		text: `<html lang="id"><head><meta property="article:published_time" content="2025-12-05T06:00:00+07:00"><title>Myanmar</title></head><body><article><p>Militer Myanmar mengebom desa di wilayah Sagaing pada Kamis (4/12) malam, kata kelompok perlawanan setempat.</p><p>Ikuti berita terkini di WhatsApp Channel kami.</p></article></body></html>`,
		pub:  "2025-12-05", date: "2025-12-04", fact: true},
	{name: "html meta future not fact", lang: "id", format: "html",
		text: `<html lang="id"><head><meta property="article:published_time" content="2025-12-05T06:00:00+07:00"><title>Ancaman</title></head><body><article><p>Israel akan menyerang Rafah pekan depan jika perundingan di Kairo gagal, kata seorang pejabat Israel.</p><p>Pernyataan itu muncul setelah Hamas menolak usulan terbaru para mediator.</p></article></body></html>`,
		pub:  "2025-12-05", fact: false},

	// Markdown with front matter.
	{name: "md date liputan6 kamis malam", lang: "id", format: "markdown",
		text: "---\ntitle: Israel Serang Gaza\ndate: 2025-12-05\n---\n\nLiputan6.com, Jakarta - Pasukan Israel menyerang Gaza pada Kamis (4/12) malam, kata pejabat setempat.\n\n**Baca Juga:** [Gencatan senjata goyah](https://example.com/a)\n",
		pub:  "2025-12-05", date: "2025-12-04", fact: true},
	{name: "md published last thursday", lang: "en", format: "markdown",
		text: "---\ntitle: Strikes on Kharkiv\npublished: \"2025-11-14T07:00:00+07:00\"\n---\n\n# Strikes on Kharkiv\n\nRussia attacked Kharkiv last Thursday, the regional governor said.\n\n*Share this story*\n",
		pub:  "2025-11-14", date: "2025-11-13", fact: true},
	{name: "md no date explicit event", lang: "id", format: "markdown",
		text: "---\ntitle: Serangan di Gaza\nsource: Kompas\n---\n\nPasukan Israel menyerang Gaza pada Senin (1/12/2025), kata pejabat setempat.\n\nEditor: Sandro Gatra\n",
		pub:  "", date: "2025-12-01", fact: true},
	// known: the Markdown heading's own event ("Rusia Serang Kyiv") comes first, undated (before: dated the article day)
	{name: "md published_at heading boilerplate", known: true, lang: "id", format: "markdown",
		text: "---\npublished_at: 2025-12-01\n---\n\n## Rusia Serang Kyiv\n\n**Baca juga:** Zelensky minta tambahan pertahanan udara\n\nRusia menyerang Kyiv dengan drone kemarin, kata pejabat Ukraina.\n",
		pub:  "2025-12-01", date: "2025-11-30", fact: true},
	// known: the publication line is read now, but the heading's own event ("Israel Serang Gaza") comes first, undated
	{name: "md emphasised publication line", known: true, lang: "id", format: "markdown",
		text: "# Israel Serang Gaza\n\n*Diterbitkan Senin, 1 Des 2025 10:00 WIB*\n\nPasukan Israel menyerang Gaza kemarin, kata pejabat setempat.\n",
		pub:  "2025-12-01", date: "2025-11-30", fact: true},
	{name: "md year only front matter", lang: "id", format: "markdown",
		text: "---\ntitle: Serangan\ndate: 2025\n---\n\nPasukan Israel menyerang Gaza kemarin, kata pejabat setempat.\n",
		pub:  "2025", date: "", fact: true},
	{name: "md en date future not fact", lang: "en", format: "markdown",
		text: "---\ndate: 2025-11-20\n---\n\nHamas warned it would attack Israeli troops in Gaza if the strikes continued.\n\nRead more: Ceasefire talks stall\n",
		pub:  "2025-11-20", fact: false},

	// Plain text: publication lines, datelines and boilerplate.
	{name: "text diterbitkan then antara", lang: "id", format: "text",
		text: "Diterbitkan Senin, 1 Des 2025 10:00 WIB\nJakarta (ANTARA) - Pasukan Israel menyerang Gaza kemarin, kata pejabat setempat.\nPewarta: Yuni Arisandy\nEditor: Atman Ahdiat",
		pub:  "2025-12-01", date: "2025-11-30", fact: true},
	{name: "text published label reuters thursday", lang: "en", format: "text",
		text: "Published: 14 November 2025\nSYDNEY, Nov 14 (Reuters) - Israeli forces attacked Gaza on Thursday, health officials said.\nReporting by Byron Kaye; Editing by Michael Perry",
		pub:  "2025-11-14", date: "2025-11-13", fact: true},
	{name: "text reuters no year no meta", lang: "en", format: "text",
		text: "SYDNEY, Nov 14 (Reuters) - Israeli forces attacked Gaza on Thursday, health officials said.\nReporting by Byron Kaye",
		pub:  "", date: "", fact: true},
	{name: "text reuters meta", lang: "en", format: "text", meta: "2025-11-14",
		text: "SYDNEY, Nov 14 (Reuters) - Israeli forces attacked Gaza on Thursday, health officials said.\nOur Standards: The Thomson Reuters Trust Principles.",
		pub:  "2025-11-14", date: "2025-11-13", fact: true},
	{name: "text diperbarui dash time", lang: "id", format: "text",
		text: "Diperbarui: Kamis, 04 Des 2025 - 21:10 WIB\nJAKARTA, KOMPAS.com - Rusia menyerang Kyiv hari ini, kata pejabat Ukraina.\nBaca juga: Zelensky Minta Bantuan Sistem Pertahanan Udara",
		pub:  "2025-12-04", date: "2025-12-04", fact: true},
	{name: "text heading year only", lang: "id", format: "text",
		text: "Laporan Akhir Tahun 2025\nPasukan Israel menyerang Gaza kemarin, kata pejabat setempat.",
		pub:  "", date: "", fact: true},
	{name: "text month line only", lang: "id", format: "text",
		text: "Desember 2025\nMiliter Myanmar mengebom desa di Sagaing kemarin, kata warga.",
		pub:  "", date: "", fact: true},
	{name: "text share buttons then date line", lang: "id", format: "text",
		text: "Bagikan\nFacebook Twitter WhatsApp\nKamis, 4 Desember 2025 | 19:20 WIB\nPasukan Israel menyerang Gaza tadi pagi, kata pejabat setempat.",
		pub:  "2025-12-04", date: "2025-12-04", fact: true},
	{name: "text copyright footer year", lang: "id", format: "text",
		text: "Jakarta (ANTARA) - Pasukan Israel menyerang Gaza kemarin, kata pejabat setempat.\nEditor: Atman Ahdiat\nCopyright © ANTARA 2025",
		pub:  "", date: "", fact: true},
	{name: "text en copyright footer", lang: "en", format: "text",
		text: "GAZA (Reuters) - Israeli forces attacked a refugee camp in central Gaza yesterday, medics said.\n© 2025 Reuters. All rights reserved.",
		pub:  "", date: "", fact: true},
	{name: "text full date in lead only", lang: "id", format: "text",
		text: "Jakarta, CNN Indonesia -- Pasukan Israel menyerang Gaza pada Kamis (4/12/2025), kata pejabat setempat.\nBaca juga: Korban Tewas di Gaza Terus Bertambah",
		pub:  "", date: "2025-12-04", fact: true},
	{name: "text baca juga dated link", lang: "id", format: "text",
		text: "Pasukan Israel menyerang Rafah kemarin, kata pejabat setempat.\nBaca juga: Israel Serang Khan Younis pada Selasa (2/12/2025)\nSerangan itu menewaskan tiga orang.",
		pub:  "", date: "", fact: true},
	{name: "text antara full dateline pekan lalu", lang: "id", format: "text",
		text: "Jakarta, 20 November 2025 (ANTARA) - Militer Myanmar mengebom desa di Sagaing pekan lalu, kata kelompok pemantau.\nPewarta: Aria Cindyara",
		pub:  "2025-11-20", date: "2025-11", fact: true},
	{name: "text en published at last thursday", lang: "en", format: "text",
		text: "Published November 20, 2025 at 8:02 AM\nMOSCOW (AP) — Russia attacked Ukraine's Zaporizhzhia region last Thursday, Ukrainian officials said.\nThe Associated Press contributed.",
		pub:  "2025-11-20", date: "2025-11-13", fact: true},
	{name: "text updated only two days ago", lang: "en", format: "text",
		text: "Updated 20 November 2025\nIsraeli forces attacked the Nur Shams camp two days ago, Palestinian officials said.\nShare\nSave",
		pub:  "2025-11-20", date: "2025-11-18", fact: true},
	{name: "text kompas slash line senin", lang: "id", format: "text",
		text: "Kompas.com - 20/11/2025, 07:30 WIB\nRusia menyerang Kharkiv pada Senin (17/11), kata gubernur setempat.\nPenulis: Aditya Jaya Iswara | Editor: Aditya Jaya Iswara",
		pub:  "2025-11-20", date: "2025-11-17", fact: true},
	{name: "text tempo line rabu malam", lang: "id", format: "text",
		text: "Kamis, 20 November 2025 06:15 WIB\nTEMPO.CO, Jakarta - Pasukan Israel menyerang Tepi Barat pada Rabu (19/11/2025) malam, kata otoritas Palestina.",
		pub:  "2025-11-20", date: "2025-11-19", fact: true},
	{name: "text photo caption date", lang: "id", format: "text",
		text: "Foto: Warga memeriksa puing di Khan Younis, 3 Desember 2025 (ANTARA/Reuters)\nPasukan Israel menyerang Khan Younis kemarin.",
		pub:  "", date: "", fact: true},

	// Input.Published: relative dates resolve against it.
	{name: "meta minggu lalu", lang: "id", format: "text", meta: "2025-11-20",
		text: "Pasukan Israel menyerang Jenin pada Minggu lalu, kata pejabat Palestina.\nBaca juga: Operasi Militer Israel di Tepi Barat",
		pub:  "2025-11-20", date: "2025-11-16", fact: true},
	{name: "meta en tuesday night", lang: "en", format: "text", meta: "2025-11-20",
		text: "Russia attacked Odesa on Tuesday night, the regional governor said.\nClick here to subscribe to our newsletter.",
		pub:  "2025-11-20", date: "2025-11-18", fact: true},
	{name: "meta awal november", lang: "id", format: "text", meta: "2025-11-20",
		text: "Militer Myanmar mengebom desa di Sagaing pada awal November, kata warga setempat.",
		pub:  "2025-11-20", date: "2025-11", fact: true},
	{name: "meta kemarin new year week", lang: "id", format: "text", meta: "2026-01-15",
		text: "Rusia menyerang Kharkiv kemarin, kata gubernur setempat.\nSimak breaking news dan berita pilihan kami langsung di ponselmu.",
		pub:  "2026-01-15", date: "2026-01-14", fact: true},
	{name: "meta en last month across year", lang: "en", format: "text", meta: "2026-01-15",
		text: "Israeli forces attacked the Jenin camp last month, the Palestinian Authority said.",
		pub:  "2026-01-15", date: "2025-12", fact: true},
	{name: "meta year event", lang: "id", format: "text", meta: "2025-12-05",
		text: "Pada 2024, pasukan Israel menyerang Rafah, kata pejabat setempat.",
		pub:  "2025-12-05", date: "2024", fact: true},
	{name: "meta en year event", lang: "en", format: "text", meta: "2025-12-05",
		text: "Israeli forces attacked Rafah in 2024, officials said.",
		pub:  "2025-12-05", date: "2024", fact: true},
	{name: "no meta year event", lang: "en", format: "text",
		text: "Israeli forces attacked Rafah in 2024, officials said.",
		pub:  "", date: "2024", fact: true},
	{name: "meta lead article date", lang: "id", format: "text", meta: "2025-12-05",
		text: "JAKARTA, KOMPAS.com - Pasukan Israel menyerang kamp pengungsi Nuseirat di Gaza tengah.\nBaca juga: Korban tewas bertambah",
		pub:  "2025-12-05", date: "2025-12-05", fact: true},
	{name: "meta with time wib", lang: "id", format: "text", meta: "2025-12-05T00:20:00+07:00",
		text: "Pasukan Israel menyerang Gaza kemarin malam, kata pejabat setempat.",
		pub:  "2025-12-05", date: "2025-12-04", fact: true},
	{name: "meta kemarin not before sentence date", lang: "id", format: "text", meta: "2025-12-05",
		text: "Jakarta (ANTARA) - Militer Myanmar mengebom desa di Sagaing kemarin, kata warga, seperti dilaporkan pada Rabu (3/12/2025).",
		pub:  "2025-12-05", date: "2025-12-04", fact: true},

	// Not facts: plans, conditions, denials, threats.
	{name: "meta rencana not fact", lang: "id", format: "text", meta: "2025-12-05",
		text: "Jakarta (ANTARA) - Israel berencana menyerang Rafah pada Januari 2026, kata seorang pejabat.\nEditor: Atman Ahdiat",
		pub:  "2025-12-05", fact: false},
	{name: "meta bantah not fact", lang: "id", format: "text", meta: "2025-12-05",
		text: "Rusia membantah menyerang rumah sakit di Kharkiv pada Kamis (4/12), kata juru bicara Kremlin.",
		pub:  "2025-12-05", fact: false},
	{name: "meta en threatened not fact", lang: "en", format: "text", meta: "2025-11-20",
		text: "WASHINGTON (Reuters) - Iran threatened to attack U.S. bases in the region if Washington joined any strike.",
		pub:  "2025-11-20", fact: false},
	{name: "meta en conditional not fact", lang: "en", format: "text", meta: "2025-11-20",
		text: "If talks fail next week, Israel could attack Rafah, officials said.",
		pub:  "2025-11-20", fact: false},
	{name: "no meta jika not fact", lang: "id", format: "text",
		text: "Jika perundingan gagal, Israel akan menyerang Rafah pada Desember 2025, kata pejabat.",
		pub:  "", fact: false},

	// Other event classes: meetings and statements.
	{name: "meta meeting kamis bracket", lang: "id", format: "text", meta: "2025-11-14",
		text: "Jakarta (ANTARA) - Presiden Prabowo Subianto bertemu Perdana Menteri Australia Anthony Albanese di Sydney pada Rabu (12/11).\nPewarta: Andi Firdaus",
		pub:  "2025-11-14", quad: 1, date: "2025-11-12", fact: true},
	{name: "en meeting dateline wednesday", lang: "en", format: "text",
		text: "SYDNEY, Nov 14, 2025 (Reuters) - Australian Prime Minister Anthony Albanese met Indonesian President Prabowo Subianto in Sydney on Wednesday.",
		pub:  "2025-11-14", quad: 1, date: "2025-11-12", fact: true},
	// known: "dijadwalkan bertemu" is coded 036 (intent to meet), a fact; no longer dated the future meeting day (afterDay), but still a fact
	{name: "meeting scheduled not fact", known: true, lang: "id", format: "text", meta: "2025-12-05",
		text: "Presiden Prabowo Subianto dijadwalkan bertemu Perdana Menteri Jepang di Tokyo pada Senin (8/12/2025).",
		pub:  "2025-12-05", quad: 1, fact: false},
	{name: "en condemned yesterday", lang: "en", format: "text", meta: "2025-12-05",
		text: "Indonesia condemned Israel yesterday over the strike on a school in Gaza, the foreign ministry said.",
		pub:  "2025-12-05", quad: 3, date: "2025-12-04", fact: true},
	{name: "id kecam kemarin no meta", lang: "id", format: "text",
		text: "JAKARTA, KOMPAS.com - Indonesia mengecam Israel kemarin atas serangan terhadap sekolah di Gaza.",
		pub:  "", quad: 3, date: "", fact: true},

	// Publication date only: no event checked.
	{name: "pub only detik line", lang: "id", format: "text", quad: -1,
		text: "Jumat, 05 Des 2025 09:15 WIB\nJakarta - Harga emas Antam naik Rp 10.000 per gram hari ini.\nBaca juga: Harga Emas Pegadaian Hari Ini",
		pub:  "2025-12-05"},
	{name: "pub only en guardian line", lang: "en", format: "text", quad: -1,
		text: "Thu 20 Nov 2025 09.15 GMT\nAustralia's central bank kept interest rates on hold.\nShare on Facebook",
		pub:  "2025-11-20"},
	{name: "pub only year dateline", lang: "id", format: "text", quad: -1,
		text: "JAKARTA, 2025 - Pemerintah menaikkan upah minimum provinsi.\nEditor: Budi Santoso",
		pub:  ""},
	{name: "pub only month dateline", lang: "en", format: "text", quad: -1,
		text: "November 2025\nAustralia's central bank kept interest rates on hold.",
		pub:  ""},
	{name: "pub only iso line", lang: "en", format: "text", quad: -1,
		text: "2025-11-20\nAustralia's central bank kept interest rates on hold, the bank said.",
		pub:  "2025-11-20"},
	{name: "pub only sentence date not pub", lang: "en", format: "text", quad: -1,
		text: "On November 20, 2025, Australia's central bank kept interest rates on hold.",
		pub:  ""},
	{name: "pub only meta wins over line", lang: "id", format: "text", quad: -1, meta: "2025-12-05",
		text: "Kamis, 4 Desember 2025 19:20 WIB\nPemerintah menaikkan upah minimum provinsi.",
		pub:  "2025-12-05"},
	{name: "pub only html modified only", lang: "en", format: "html", quad: -1,
		text: `<html lang="en"><head><meta property="article:modified_time" content="2025-12-05T10:00:00Z"><title>Rates</title></head><body><article><p>Australia's central bank kept interest rates on hold on Tuesday, citing stubborn inflation in services.</p><p>Economists had widely expected the decision after recent data.</p></article></body></html>`,
		pub:  ""},
	{name: "pub only html body date text", lang: "id", format: "html", quad: -1,
		text: `<html lang="id"><head><title>Upah</title></head><body><article><p>Kamis, 4 Desember 2025 19:20 WIB</p><p>Pemerintah menaikkan upah minimum provinsi sebesar 6,5 persen, kata Menteri Ketenagakerjaan kepada wartawan di Jakarta.</p></article></body></html>`,
		pub:  "2025-12-04"},
	{name: "pub only editor line after date", lang: "id", format: "text", quad: -1,
		text: "Penulis: Fika Nurul Ulya | Editor: Erlangga Djumena\nSenin, 1 Desember 2025 14:00 WIB\nPemerintah menaikkan upah minimum provinsi.",
		pub:  "2025-12-01"},
}

// articleDateRows2: the second batch, written and annotated after the
// first batch's rules and before the extractor ran on them, to check that
// the rules hold beyond the rows they were made on.
var articleDateRows2 = []articleDateRow{
	{name: "2 html content_PublishedDate kompas", lang: "id", format: "html",
		text: `<html lang="id"><head><meta name="content_PublishedDate" content="2025-12-05 08:30:00"><title>Kharkiv</title></head><body><article><p>KHARKIV, KOMPAS.com - Rusia menyerang Kharkiv dengan drone kemarin, kata gubernur setempat kepada wartawan.</p><p>Baca juga: Zelensky Desak Sekutu Percepat Bantuan</p></article></body></html>`,
		pub:  "2025-12-05", date: "2025-12-04", fact: true},
	{name: "2 html dc date issued", lang: "en", format: "html",
		text: `<html lang="en"><head><meta name="DC.date.issued" content="2025-11-20"><title>Jenin</title></head><body><article><p>Israeli forces attacked the Jenin refugee camp on Tuesday, Palestinian health officials said in a statement.</p><p>The Israeli military said it was conducting a counterterrorism operation in the area.</p></article></body></html>`,
		pub:  "2025-11-20", date: "2025-11-18", fact: true},
	{name: "2 html time pubdate after related", lang: "id", format: "html",
		text: `<html lang="id"><head><title>Gaza</title></head><body><aside><ul><li><a href="/a">Berita lama</a> <time datetime="2025-10-01T10:00:00+07:00"></time></li></ul></aside><article><time pubdate datetime="2025-12-05T07:00:00+07:00"></time><p>Pasukan Israel menyerang kamp pengungsi di Gaza tengah kemarin, kata otoritas kesehatan setempat kepada wartawan.</p><p>Sedikitnya delapan orang tewas dalam serangan itu, termasuk tiga anak.</p></article></body></html>`,
		pub:  "2025-12-05", date: "2025-12-04", fact: true},
	{name: "2 html time month only", lang: "id", format: "html",
		text: `<html lang="id"><head><title>Gaza</title></head><body><article><time datetime="2025-12"></time><p>Pasukan Israel menyerang kamp pengungsi di Gaza tengah kemarin, kata otoritas kesehatan setempat kepada wartawan.</p><p>Sedikitnya delapan orang tewas dalam serangan itu, termasuk tiga anak.</p></article></body></html>`,
		pub:  "", date: "", fact: true},
	{name: "2 json datePublished", lang: "en", format: "json",
		text: `{"text":"Russia attacked the port of Odesa two days ago, Ukrainian officials said.\nShare this article","datePublished":"2025-11-20T09:00:00+00:00","lang":"en"}`,
		pub:  "2025-11-20", date: "2025-11-18", fact: true},
	{name: "2 json publishedAt", lang: "id", format: "json",
		text: `{"text":"Rusia menyerang Kyiv pada Kamis (4/12) malam, kata wali kota Kyiv.\nEditor: Rina Wulandari","publishedAt":"2025-12-05T01:15:00Z","lang":"id"}`,
		pub:  "2025-12-05", date: "2025-12-04", fact: true},
	{name: "2 json month only", lang: "id", format: "json",
		text: `{"text":"Pasukan Israel menyerang Gaza kemarin, kata pejabat setempat.","date":"2025-12","lang":"id"}`,
		pub:  "2025-12", date: "", fact: true},
	{name: "2 text headline then kompas dateline", lang: "id", format: "text",
		text: "Kharkiv Gelap Gulita\nKHARKIV, KOMPAS.com - Rusia menyerang jaringan listrik Kharkiv pada Kamis (4/12/2025) malam, kata pejabat setempat.\nBaca juga: Ukraina Minta Tambahan Sistem Patriot",
		pub:  "", date: "2025-12-04", fact: true},
	{name: "2 text headline then antara dated", lang: "id", format: "text",
		text: "Warga Sagaing Mengungsi\nJakarta, 5 Desember 2025 (ANTARA) - Militer Myanmar mengebom desa di Sagaing kemarin, kata kelompok pemantau.\nPewarta: Aria Cindyara",
		pub:  "2025-12-05", date: "2025-12-04", fact: true},
	{name: "2 text dated headline undated dateline", lang: "id", format: "text",
		text: "Kronologi Malam 3 Desember 2025\nJAKARTA, KOMPAS.com - Pasukan Israel menyerang Gaza kemarin, kata pejabat setempat.",
		pub:  "", date: "", fact: true},
	{name: "2 text en headline reuters dated", lang: "en", format: "text",
		text: "Power cuts across Kharkiv\nKHARKIV, Dec 5, 2025 (Reuters) - Russia attacked Kharkiv's power grid on Thursday, the governor said.\nReporting by Olena Harmash",
		pub:  "2025-12-05", date: "2025-12-04", fact: true},
	{name: "2 meta kamis lalu on thursday", lang: "id", format: "text", meta: "2025-11-20",
		text: "Rusia menyerang Odesa pada Kamis lalu, kata gubernur setempat.",
		pub:  "2025-11-20", date: "2025-11-13", fact: true},
	{name: "2 meta en on thursday on thursday", lang: "en", format: "text", meta: "2025-11-20",
		text: "Russia attacked Odesa on Thursday, the regional governor said.",
		pub:  "2025-11-20", date: "2025-11-20", fact: true},
	{name: "2 meta share buttons reuters", lang: "en", format: "text", meta: "2025-11-14",
		text: "Share\nX\nLinkedIn\nKYIV, Nov 14 (Reuters) - Russia attacked Kyiv on Thursday, the mayor said.",
		pub:  "2025-11-14", date: "2025-11-13", fact: true},
	{name: "2 text byline then date line", lang: "en", format: "text",
		text: "By Maria Kovalenko\nNovember 20, 2025\nKYIV (Reuters) - Russia attacked Odesa yesterday, officials said.",
		pub:  "2025-11-20", date: "2025-11-19", fact: true},
	{name: "2 text tribun reporter line", lang: "id", format: "text",
		text: "Laporan Wartawan Tribunnews.com, Fersianus Waku\nTRIBUNNEWS.COM, JAKARTA - Pasukan Israel menyerang Gaza kemarin, kata pejabat setempat.",
		pub:  "", date: "", fact: true},
	{name: "2 meta year heading month event", lang: "id", format: "text", meta: "2025-12-05",
		text: "Kilas Balik 2025\nPasukan Israel menyerang Rafah pada Mei 2025, kata pejabat setempat.",
		pub:  "2025-12-05", date: "2025-05", fact: true},
	{name: "2 md month only front matter", lang: "id", format: "markdown",
		text: "---\ntitle: Serangan\ndate: 2025-12\n---\n\nPasukan Israel menyerang Gaza kemarin, kata pejabat setempat.\n",
		pub:  "2025-12", date: "", fact: true},
	{name: "2 md title only publication line", lang: "id", format: "markdown",
		text: "---\ntitle: Kyiv Diserang\n---\n\nJumat, 5 Desember 2025 07:00 WIB\n\nRusia menyerang Kyiv kemarin, kata pejabat Ukraina.\n",
		pub:  "2025-12-05", date: "2025-12-04", fact: true},
	{name: "2 html h1 then dateline", lang: "id", format: "html",
		text: `<html lang="id"><head><meta property="article:published_time" content="2025-12-05T06:00:00+07:00"><title>Kyiv</title></head><body><article><h1>Malam Mencekam di Kyiv</h1><p>KYIV, KOMPAS.com - Rusia menyerang Kyiv pada Kamis (4/12) malam, kata wali kota Kyiv kepada wartawan.</p><p>Serangan itu memutus aliran listrik di sebagian besar kota.</p></article></body></html>`,
		pub:  "2025-12-05", date: "2025-12-04", fact: true},
	{name: "2 html meta threat not fact", lang: "id", format: "html",
		text: `<html lang="id"><head><meta property="article:published_time" content="2025-12-05T06:00:00+07:00"><title>Ancaman</title></head><body><article><p>Rusia mengancam akan menyerang Kyiv jika Ukraina terus menyerang kilang minyak Rusia, kata juru bicara Kremlin.</p><p>Ukraina belum menanggapi ancaman itu hingga Jumat pagi.</p></article></body></html>`,
		pub:  "2025-12-05", fact: false},
	{name: "2 meta en last friday on friday", lang: "en", format: "text", meta: "2025-12-05",
		text: "Russia attacked Kyiv last Friday, the mayor said.",
		pub:  "2025-12-05", date: "2025-11-28", fact: true},
	{name: "2 meta rabu lalu midweek", lang: "id", format: "text", meta: "2025-12-05",
		text: "Rusia menyerang Kyiv Rabu lalu, kata wali kota Kyiv.",
		pub:  "2025-12-05", date: "2025-12-03", fact: true},
	{name: "2 en question headline", lang: "en", format: "text", meta: "2025-12-05",
		text: "Will the truce hold?\nGAZA CITY (Reuters) - Israeli forces attacked Gaza City yesterday, medics said.",
		pub:  "2025-12-05", date: "2025-12-04", fact: true},
}

// articleDateFloor2 is how many rows of the second batch must pass: 24 of
// 24 before any change made after it was written.
const articleDateFloor2 = 24

// articleDateFloor is how many rows must pass: 65 of 77 before any rule,
// 74 of 77 after.
const articleDateFloor = 74

// TestArticleDates checks the publication date and the date and status of
// the first event of the row's class on the article-date grid; a known row
// that passes fails, so that its mark is taken off. SHOWKNOWN logs what
// known rows still get wrong.
func TestArticleDates(t *testing.T) {
	x := extractor(t)
	for _, b := range []struct {
		rows  []articleDateRow
		floor int
	}{{articleDateRows, articleDateFloor}, {articleDateRows2, articleDateFloor2}} {
		pass := 0
		for _, c := range b.rows {
			t.Run(c.name, func(t *testing.T) {
				problem := articleDateProblem(t, x, c)
				switch {
				case problem == "" && c.known:
					t.Errorf("known failure passes now: take its mark off")
				case problem != "" && c.known && os.Getenv("SHOWKNOWN") != "":
					t.Logf("known: %s", problem)
				case problem != "" && !c.known:
					t.Errorf("%s", problem)
				case problem == "":
					pass++
				}
			})
		}
		t.Logf("%d of %d rows pass", pass, len(b.rows))
		if pass < b.floor {
			t.Errorf("%d rows pass, fewer than the floor %d", pass, b.floor)
		}
	}
}

// articleDateDoc reads a row's article as its format says.
func articleDateDoc(t *testing.T, x *Extractor, c articleDateRow) (*facts.Document, error) {
	t.Helper()
	if c.format != "json" {
		return x.Article(context.Background(), Input{Text: c.text, Lang: c.lang, Published: c.meta, Format: c.format})
	}
	var doc *facts.Document
	var err error
	for it := range x.Extract(context.Background(), "batch.jsonl", strings.NewReader(c.text+"\n")) {
		if it.Err != nil {
			err = it.Err
		} else if doc == nil {
			doc = it.Doc
		}
	}
	return doc, err
}

// articleDateProblem says what the extractor gets wrong on a row; "" when
// nothing.
func articleDateProblem(t *testing.T, x *Extractor, c articleDateRow) string {
	t.Helper()
	d, err := articleDateDoc(t, x, c)
	if err != nil {
		return "error: " + err.Error()
	}
	if d == nil {
		return "no document"
	}
	if c.quad < 0 {
		if d.Article.Published != c.pub {
			return sprintf("published = %q, want %q", d.Article.Published, c.pub)
		}
		return ""
	}
	quad := c.quad
	if quad == 0 {
		quad = 4
	}
	return docDateProblem(d, c.pub, quad, c.fact, c.date)
}
