"""Personal-injury limitation periods by state, borrowed by civil-rights suits (§ 1983, Bivens).

Owens v. Okure, 488 U.S. 235 (1989): a § 1983 claim takes the forum state's general or residual
personal-injury limitation period; Bivens claims borrow the same. Each entry is the period in
years and the statute it comes from. Where the period changed recently or courts disagree, the
shorter reading is kept (the attorney's deadline is never later than the law allows) and
``UNSETTLED`` says why. This table is a prompt: every date computed from it is labelled
"computed — verify", and tolling (minority, incarceration, disability), accrual and any
notice-of-claim rule for state-law claims are for the attorney.
"""

from __future__ import annotations

LIMITATIONS: dict[str, tuple[int, str]] = {
    "AL": (2, "Ala. Code § 6-2-38(l)"),
    "AK": (2, "Alaska Stat. § 09.10.070(a)"),
    "AZ": (2, "Ariz. Rev. Stat. § 12-542"),
    "AR": (3, "Ark. Code Ann. § 16-56-105"),
    "CA": (2, "Cal. Civ. Proc. Code § 335.1"),
    "CO": (2, "Colo. Rev. Stat. § 13-80-102(1)(a)"),
    "CT": (3, "Conn. Gen. Stat. § 52-577"),
    "DE": (2, "Del. Code Ann. tit. 10, § 8119"),
    "DC": (3, "D.C. Code § 12-301(8)"),
    "FL": (2, "Fla. Stat. § 95.11(4)(a) (2023); formerly § 95.11(3) (four years)"),
    "GA": (2, "Ga. Code Ann. § 9-3-33"),
    "HI": (2, "Haw. Rev. Stat. § 657-7"),
    "ID": (2, "Idaho Code § 5-219(4)"),
    "IL": (2, "735 ILCS 5/13-202"),
    "IN": (2, "Ind. Code § 34-11-2-4"),
    "IA": (2, "Iowa Code § 614.1(2)"),
    "KS": (2, "Kan. Stat. Ann. § 60-513(a)(4)"),
    "KY": (1, "Ky. Rev. Stat. § 413.140(1)(a)"),
    "LA": (1, "La. Civ. Code art. 3492; art. 3493.1 (two years, acts from 1 July 2024)"),
    "ME": (6, "Me. Rev. Stat. tit. 14, § 752"),
    "MD": (3, "Md. Code, Cts. & Jud. Proc. § 5-101"),
    "MA": (3, "Mass. Gen. Laws ch. 260, § 2A"),
    "MI": (3, "Mich. Comp. Laws § 600.5805(2)"),
    "MN": (6, "Minn. Stat. § 541.05, subd. 1(5)"),
    "MS": (3, "Miss. Code Ann. § 15-1-49"),
    "MO": (5, "Mo. Rev. Stat. § 516.120(4)"),
    "MT": (3, "Mont. Code Ann. § 27-2-204(1)"),
    "NE": (4, "Neb. Rev. Stat. § 25-207"),
    "NV": (2, "Nev. Rev. Stat. § 11.190(4)(e)"),
    "NH": (3, "N.H. Rev. Stat. Ann. § 508:4"),
    "NJ": (2, "N.J. Stat. Ann. § 2A:14-2"),
    "NM": (3, "N.M. Stat. Ann. § 37-1-8"),
    "NY": (3, "N.Y. C.P.L.R. 214(5)"),
    "NC": (3, "N.C. Gen. Stat. § 1-52(16)"),
    "ND": (6, "N.D. Cent. Code § 28-01-16(5)"),
    "OH": (2, "Ohio Rev. Code § 2305.10"),
    "OK": (2, "Okla. Stat. tit. 12, § 95(A)(3)"),
    "OR": (2, "Or. Rev. Stat. § 12.110(1)"),
    "PA": (2, "42 Pa. Cons. Stat. § 5524"),
    "RI": (3, "R.I. Gen. Laws § 9-1-14(b)"),
    "SC": (3, "S.C. Code Ann. § 15-3-530(5)"),
    "SD": (3, "S.D. Codified Laws § 15-2-15.2"),
    "TN": (1, "Tenn. Code Ann. § 28-3-104(a)(1)"),
    "TX": (2, "Tex. Civ. Prac. & Rem. Code § 16.003(a)"),
    "UT": (4, "Utah Code § 78B-2-307(3)"),
    "VT": (3, "Vt. Stat. Ann. tit. 12, § 512(4)"),
    "VA": (2, "Va. Code Ann. § 8.01-243(A)"),
    "WA": (3, "Wash. Rev. Code § 4.16.080(2)"),
    "WV": (2, "W. Va. Code § 55-2-12(b)"),
    "WI": (3, "Wis. Stat. § 893.54(1m) (injuries from 5 April 2018; six years before)"),
    "WY": (4, "Wyo. Stat. Ann. § 1-3-105(a)(iv)(C)"),
    "PR": (1, "P.R. Laws Ann. tit. 31, § 9496 (Civil Code 2020, art. 1204)"),
}

# Where the period is unsettled, the shorter one is used and this says why ({"en", "es"}).
UNSETTLED: dict[str, tuple[str, str]] = {
    "FL": (
        "Florida cut negligence actions to two years in 2023; whether § 1983 borrows that or the four-year "
        "residual period is unsettled, so two years is used.",
        "Florida redujo en 2023 a dos años las acciones por negligencia; no está claro si la § 1983 toma ese "
        "plazo o el residual de cuatro años, así que se usan dos.",
    ),
    "LA": (
        "Louisiana made delictual actions two years for acts from 1 July 2024; the one-year period is used "
        "here, the earlier date.",
        "Luisiana fijó en dos años las acciones delictuales por hechos desde el 1 de julio de 2024; aquí se usa "
        "el plazo de un año, la fecha más temprana.",
    ),
    "WI": (
        "Wisconsin shortened the period from six to three years for injuries from 5 April 2018; three years is used.",
        "Wisconsin redujo el plazo de seis a tres años para lesiones desde el 5 de abril de 2018; se usan tres.",
    ),
}
