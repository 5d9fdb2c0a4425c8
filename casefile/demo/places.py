"""US cities, streets, detention facilities and immigration courts for synthetic cases.

Real place names make screenshots and sample reports read like the cases attorneys handle; the
street numbers, apartments and phone numbers are invented (phones use the 555-01xx range that is
reserved for fiction).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class City:
    """A city where encounters happen and clients live."""

    name: str
    state: str
    area_code: str
    utc_offset: int  # standard time, hours
    observes_dst: bool
    zips: tuple[str, ...]
    streets: tuple[str, ...]
    landmarks: tuple[str, ...]
    facilities: tuple[str, ...]
    court: str
    police: str
    sheriff: str
    records_law: str
    response_days: int


# Data table: one city per block reads better than one value per line.
# fmt: off
CITIES: tuple[City, ...] = (
    City(
        "Houston", "TX", "713", -6, True, ("77022", "77036", "77081", "77093", "77011"),
        ("Airline Dr", "Long Point Rd", "Bellaire Blvd", "Telephone Rd", "Hillcroft Ave",
         "Irvington Blvd", "Harrisburg Blvd"),
        ("the Fiesta Mart on Long Point Rd", "a Shell station on Airline Dr",
         "the flea market on Airline Dr", "a taquería truck on Harrisburg Blvd",
         "the Home Depot on Hillcroft Ave"),
        ("Montgomery Processing Center, Conroe TX", "Houston Contract Detention Facility"),
        "Houston Immigration Court (Gessner Rd)", "Houston Police Department",
        "Harris County Sheriff's Office", "Texas Public Information Act", 10,
    ),
    City(
        "Chicago", "IL", "773", -6, True, ("60623", "60632", "60608", "60639", "60629"),
        ("W 26th St", "S Pulaski Rd", "W Cermak Rd", "N Milwaukee Ave", "S Kedzie Ave",
         "W 47th St", "S Ashland Ave"),
        ("the bus stop at 26th and Pulaski", "a laundromat on S Kedzie Ave",
         "the parking lot of the Jewel-Osco on W 47th St", "a car wash on S Ashland Ave",
         "the Pink Line station at Cermak"),
        ("Broadview Processing Center, Broadview IL", "Clay County Jail, Brazil IN"),
        "Chicago Immigration Court", "Chicago Police Department", "Cook County Sheriff's Office",
        "Illinois Freedom of Information Act", 5,
    ),
    City(
        "Los Angeles", "CA", "323", -8, True, ("90033", "90057", "90022", "90011", "90023"),
        ("Cesar E Chavez Ave", "S Alvarado St", "Whittier Blvd", "W Pico Blvd", "E Olympic Blvd",
         "S Central Ave", "Soto St"),
        ("the Home Depot on Whittier Blvd", "a swap meet on S Alvarado St",
         "the car wash on E Olympic Blvd", "MacArthur Park", "a bus stop on Cesar E Chavez Ave"),
        ("Adelanto ICE Processing Center, Adelanto CA", "Desert View Annex, Adelanto CA"),
        "Los Angeles Immigration Court (Olive St)", "Los Angeles Police Department",
        "Los Angeles County Sheriff's Department", "California Public Records Act", 10,
    ),
    City(
        "Charlotte", "NC", "704", -5, True, ("28205", "28212", "28208", "28217", "28213"),
        ("Central Ave", "Albemarle Rd", "N Tryon St", "South Blvd", "Freedom Dr",
         "Eastway Dr"),
        ("a tienda on Central Ave", "the parking lot of the Compare Foods on Albemarle Rd",
         "a construction site off South Blvd", "the light rail stop on N Tryon St"),
        ("Stewart Detention Center, Lumpkin GA", "Mecklenburg County Detention Center"),
        "Charlotte Immigration Court", "Charlotte-Mecklenburg Police Department",
        "Mecklenburg County Sheriff's Office", "North Carolina Public Records Act", 14,
    ),
    City(
        "Minneapolis", "MN", "612", -6, True, ("55407", "55404", "55408", "55406"),
        ("E Lake St", "Nicollet Ave", "Bloomington Ave", "Chicago Ave", "Cedar Ave S"),
        ("the Mercado Central on E Lake St", "a bus shelter on Nicollet Ave",
         "a tire shop on Bloomington Ave", "the Lake Street light rail station"),
        ("Sherburne County Jail, Elk River MN", "Freeborn County Jail, Albert Lea MN"),
        "Fort Snelling Immigration Court", "Minneapolis Police Department",
        "Hennepin County Sheriff's Office", "Minnesota Government Data Practices Act", 10,
    ),
    City(
        "Phoenix", "AZ", "602", -7, False, ("85009", "85017", "85033", "85035", "85041"),
        ("W McDowell Rd", "N 35th Ave", "W Indian School Rd", "W Buckeye Rd", "S 16th St",
         "N 27th Ave"),
        ("a swap meet on W Buckeye Rd", "the Food City on S 16th St",
         "a day-labor corner on N 35th Ave", "a car wash on W Indian School Rd"),
        ("Eloy Detention Center, Eloy AZ", "Florence Service Processing Center, Florence AZ"),
        "Phoenix Immigration Court", "Phoenix Police Department",
        "Maricopa County Sheriff's Office", "Arizona Public Records Law", 10,
    ),
    City(
        "New York", "NY", "718", -5, True, ("11372", "11373", "10032", "10034", "10456"),
        ("Roosevelt Ave", "37th Ave", "Junction Blvd", "St Nicholas Ave", "Grand Concourse",
         "Dyckman St"),
        ("the 74 St–Broadway subway station", "a bodega on Roosevelt Ave",
         "26 Federal Plaza", "a restaurant kitchen on 37th Ave"),
        ("Orange County Correctional Facility, Goshen NY", "Elizabeth Detention Center, NJ"),
        "New York Immigration Court (Broadway)", "New York City Police Department",
        "New York City Sheriff's Office", "New York Freedom of Information Law", 20,
    ),
    City(
        "Atlanta", "GA", "404", -5, True, ("30340", "30341", "30360", "30310"),
        ("Buford Hwy", "Chamblee Tucker Rd", "Jimmy Carter Blvd", "Clairmont Rd"),
        ("a strip mall on Buford Hwy", "the Plaza Fiesta parking lot",
         "a landscaping yard off Jimmy Carter Blvd", "a MARTA station on Buford Hwy"),
        ("Stewart Detention Center, Lumpkin GA", "Folkston ICE Processing Center, Folkston GA"),
        "Atlanta Immigration Court (Ted Turner Dr)", "Atlanta Police Department",
        "Gwinnett County Sheriff's Office", "Georgia Open Records Act", 3,
    ),
    City(
        "Denver", "CO", "303", -7, True, ("80219", "80204", "80216", "80223"),
        ("Federal Blvd", "W Alameda Ave", "S Morrison Rd", "W Colfax Ave", "Brighton Blvd"),
        ("a supermercado on Federal Blvd", "a car wash on W Alameda Ave",
         "a meatpacking plant off Brighton Blvd", "the RTD stop on W Colfax Ave"),
        ("Aurora ICE Processing Center, Aurora CO",),
        "Denver Immigration Court", "Denver Police Department", "Denver Sheriff Department",
        "Colorado Open Records Act", 3,
    ),
    City(
        "Newark", "NJ", "973", -5, True, ("07105", "07104", "07107", "07114"),
        ("Ferry St", "Broad St", "Wilson Ave", "Elm St", "Bloomfield Ave"),
        ("a Portuguese bakery on Ferry St", "Newark Penn Station",
         "a warehouse near Port Newark", "a church parking lot on Elm St"),
        ("Delaney Hall, Newark NJ", "Elizabeth Detention Center, Elizabeth NJ"),
        "Newark Immigration Court", "Newark Police Department", "Essex County Sheriff's Office",
        "New Jersey Open Public Records Act", 7,
    ),
    City(
        "San Antonio", "TX", "210", -6, True, ("78207", "78237", "78228", "78211"),
        ("Guadalupe St", "S Zarzamora St", "Culebra Rd", "Military Dr"),
        ("a flea market on Military Dr", "a tortillería on Guadalupe St",
         "the Greyhound station downtown"),
        ("South Texas ICE Processing Center, Pearsall TX",
         "Karnes County Immigration Processing Center"),
        "San Antonio Immigration Court", "San Antonio Police Department",
        "Bexar County Sheriff's Office", "Texas Public Information Act", 10,
    ),
    City(
        "Miami", "FL", "305", -5, True, ("33125", "33135", "33142", "33147"),
        ("NW 7th St", "W Flagler St", "NW 27th Ave", "SW 8th St"),
        ("a cafetería on SW 8th St", "the Miami International Airport cargo area",
         "a construction site on NW 27th Ave"),
        ("Krome North Service Processing Center, Miami FL",
         "Broward Transitional Center, Pompano Beach FL"),
        "Miami Immigration Court (Krome)", "Miami Police Department",
        "Miami-Dade Sheriff's Office", "Florida Public Records Act", 10,
    ),
)
# fmt: on


@cache
def _nth_sunday(year: int, month: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    to_sunday = (6 - first.weekday()) % 7
    return first + dt.timedelta(days=to_sunday + 7 * (n - 1))


def local_offset(city: City, when: dt.datetime) -> str:
    """The UTC offset ("-05:00") in force at a local wall-clock time in ``city``.

    US daylight time runs from 02:00 on the second Sunday of March to 02:00 on the first Sunday of
    November. Computed here rather than from zoneinfo so the output does not depend on whichever
    tz database a machine happens to have.
    """
    hours = city.utc_offset
    if city.observes_dst:
        start = dt.datetime.combine(_nth_sunday(when.year, 3, 2), dt.time(2))
        end = dt.datetime.combine(_nth_sunday(when.year, 11, 1), dt.time(2))
        if start <= when < end:
            hours += 1
    sign = "-" if hours < 0 else "+"
    return f"{sign}{abs(hours):02d}:00"


def local_timestamp(city: City, when: dt.datetime) -> str:
    """ISO 8601 with the offset in force in ``city``; a nonexistent spring-forward time moves on."""
    spring_forward = when.month == 3 and when.date() == _nth_sunday(when.year, 3, 2)
    if city.observes_dst and spring_forward and when.hour == 2:
        when = when.replace(hour=3)
    return when.isoformat(timespec="seconds") + local_offset(city, when)
