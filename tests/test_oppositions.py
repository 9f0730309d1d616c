"""Oppositions, tallies and findings, end to end: a source file on disk, a claim, the verdict.

Every pair is made up for this file (invented towns, firms, clubs and studies). The first list
must all come out contradicted, whatever share of their words the claim and the sentence have
in common; the look-alikes must not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import ConflictKind, Verdict, check_one, load_sources

FILLER = (
    "The regional weather service issued no warnings that week. "
    "A local bakery changed its opening hours in the spring."
)

# (class, source sentence, claim)
CONTRADICTED: tuple[tuple[str, str, str], ...] = (
    # A direction reversed.
    (
        "direction",
        "Ticket sales at the Marlow Playhouse rose sharply in 2021.",
        "Ticket sales at the Marlow Playhouse fell sharply in 2021.",
    ),
    (
        "direction",
        "The population of Dunhaven declined over the last decade.",
        "The population of Dunhaven grew over the last decade.",
    ),
    (
        "direction",
        "Exports of Velorian tea increased by a wide margin last year.",
        "Exports of Velorian tea decreased by a wide margin last year.",
    ),
    (
        "direction",
        "The Kestrel Bank reported a loss in its third quarter.",
        "The Kestrel Bank reported a gain in its third quarter.",
    ),
    (
        "direction",
        "Membership of the Alder rowing club shrank during the winter.",
        "Membership of the Alder rowing club expanded during the winter.",
    ),
    (
        "direction",
        "Rents in the Osmund district dropped after the new tram line opened.",
        "Rents in the Osmund district climbed after the new tram line opened.",
    ),
    (
        "direction",
        "The Brightwater council lowered parking fees in the town centre.",
        "The Brightwater council raised parking fees in the town centre.",
    ),
    (
        "direction",
        "Water levels in Lake Tesmer went down during the dry summer.",
        "Water levels in Lake Tesmer went up during the dry summer.",
    ),
    (
        "direction",
        "Applications to the Corran art school were higher than the year before.",
        "Applications to the Corran art school were lower than the year before.",
    ),
    (
        "direction",
        "The Pellam ferry carried more passengers in July than in June.",
        "The Pellam ferry carried fewer passengers in July than in June.",
    ),
    (
        "direction",
        "Crime in the harbour quarter of Ravensholm went up last year.",
        "Crime in the harbour quarter of Ravensholm went down last year.",
    ),
    (
        "direction",
        "The Tamsin orchard harvest improved after the new irrigation system.",
        "The Tamsin orchard harvest worsened after the new irrigation system.",
    ),
    # Schedule and budget.
    (
        "schedule",
        "The Orwell bridge repairs are running ahead of schedule.",
        "The Orwell bridge repairs are running behind schedule.",
    ),
    (
        "schedule",
        "Work on the Halden library finished earlier than planned.",
        "Work on the Halden library finished later than planned.",
    ),
    (
        "schedule",
        "The Fennick tunnel opened two months behind schedule.",
        "The Fennick tunnel opened two months ahead of schedule.",
    ),
    (
        "schedule",
        "The Ambry Lane sports hall finally opened four months late and over budget.",
        "The Ambry Lane sports hall opened on schedule.",
    ),
    (
        "schedule",
        "The Greywater festival stage was built before the opening parade.",
        "The Greywater festival stage was built after the opening parade.",
    ),
    (
        "budget",
        "The Corvale stadium project came in over budget.",
        "The Corvale stadium project came in under budget.",
    ),
    (
        "budget",
        "The Marsh Lane school extension was completed within budget.",
        "The Marsh Lane school extension was completed over budget.",
    ),
    (
        "budget",
        "The Elmstead flood barrier cost more than the council had planned.",
        "The Elmstead flood barrier cost less than the council had planned.",
    ),
    (
        "budget",
        "The Wrenfield museum refit stayed under budget.",
        "The Wrenfield museum refit went over budget.",
    ),
    # A change against no change.
    (
        "change",
        "The Lindqvist central bank kept its interest rate unchanged in March.",
        "The Lindqvist central bank raised its interest rate in March.",
    ),
    (
        "change",
        "The Harrow water company left its prices unchanged this year.",
        "The Harrow water company cut its prices this year.",
    ),
    (
        "change",
        "Fares on the Ostby bus network stayed flat in 2022.",
        "Fares on the Ostby bus network rose in 2022.",
    ),
    (
        "change",
        "The number of nurses at Saltmere hospital held steady last year.",
        "The number of nurses at Saltmere hospital fell last year.",
    ),
    (
        "change",
        "The Brennan fund raised its fees in the autumn.",
        "The Brennan fund kept its fees unchanged in the autumn.",
    ),
    (
        "change",
        "Attendance at the Quill book fair was unchanged from the year before.",
        "Attendance at the Quill book fair increased from the year before.",
    ),
    # A split decision or a majority verdict is no unanimous one.
    (
        "unanimous",
        "Ola Brisk kept her Vell area welterweight belt on a split decision on Saturday.",
        "Ola Brisk kept her Vell area welterweight belt on a unanimous decision on Saturday.",
    ),
    (
        "unanimous",
        "The Orrin jury convicted the ferry skipper by a majority verdict.",
        "The Orrin jury's verdict against the ferry skipper was unanimous.",
    ),
    (
        "unanimous",
        "The Orrin trustees' decision to sell the ferry was not unanimous.",
        "The Orrin trustees were unanimous in deciding to sell the ferry.",
    ),
    # "The single longest" is the top of the ranking.
    (
        "count",
        "The Harle viaduct is the third longest railway bridge in Vellshire.",
        "The Harle viaduct is the single longest railway bridge in Vellshire.",
    ),
    # A denial, where the sentence's opposite is said of something else.
    (
        "state",
        "The Orby captain took the defeat calmly, saying her side had thrown away a winning lead.",
        "The Orby captain said her side never had a winning lead.",
    ),
    # A halving is a fall by half.
    (
        "share",
        "The Harle mill says its new turbine should cut its power bills by about a quarter.",
        "The Harle mill expects its new turbine to halve its power bills.",
    ),
    # A rise against a levelling off.
    (
        "change",
        "Bookings for the Vell ferry rose again this summer, the operator said.",
        "Bookings for the Vell ferry levelled off this summer, the operator said.",
    ),
    # Only put forward, against approved.
    (
        "settled",
        "The Harle parish council put forward a scheme to turn the old school into a library.",
        "The Harle parish council gave the go-ahead to turning the old school into a library.",
    ),
    # A time told back from now against one told forward.
    (
        "when",
        "The Harle footbridge is due to reopen to walkers next spring.",
        "The Harle footbridge reopened to walkers last month.",
    ),
    # Opposite states and outcomes.
    (
        "state",
        "The Ashcombe swimming pool was closed for the whole summer.",
        "The Ashcombe swimming pool was open for the whole summer.",
    ),
    (
        "state",
        "The Tallis planning board approved the new housing scheme.",
        "The Tallis planning board rejected the new housing scheme.",
    ),
    (
        "state",
        "The amendment to close the Ulverdale towpath at night was defeated by 8 votes to 3.",
        "Councillors backed the amendment to close the Ulverdale towpath at night.",
    ),
    (
        "state",
        "The Redmoor Rovers won the county cup final.",
        "The Redmoor Rovers lost the county cup final.",
    ),
    (
        "state",
        "The Pinecrest union accepted the pay offer from the company.",
        "The Pinecrest union refused the pay offer from the company.",
    ),
    (
        "state",
        "The Vessel Street market is held indoors during the winter.",
        "The Vessel Street market is held outdoors during the winter.",
    ),
    (
        "state",
        "The Coldharbour mine was profitable in its first year.",
        "The Coldharbour mine was unprofitable in its first year.",
    ),
    (
        "state",
        "The Islay cycling race was won by the youngest rider.",
        "The Islay cycling race was won by the oldest rider.",
    ),
    (
        "state",
        "Sandbrook chose a wider road through the village.",
        "Sandbrook chose a narrower road through the village.",
    ),
    # Votes: unanimous against split, tally against tally.
    (
        "unanimous",
        "The Elbury council voted unanimously to approve the new park.",
        "The Elbury council voted 6-3 to approve the new park.",
    ),
    (
        "unanimous",
        "The Carrow board approved the merger by a vote of 5 to 4.",
        "The Carrow board approved the merger unanimously.",
    ),
    (
        "unanimous",
        "All nine members of the Harwick panel backed the proposal.",
        "The Harwick panel backed the proposal by seven votes to two.",
    ),
    (
        "unanimous",
        "The Fairlie committee passed the motion 11-0.",
        "The Fairlie committee passed the motion 6-5.",
    ),
    (
        "tally",
        "At a long meeting on Monday, Orrin parish councillors voted by five to three to close the"
        " old ferry slipway.",
        "Orrin parish council voted to close the old ferry slipway by seven votes to one on Monday.",
    ),
    (
        "tally",
        "The Vell Vikings moved top of the table after a 4-3 victory over the Orrin Otters on Saturday.",
        "The Vell Vikings edged past the Orrin Otters 2-1 on Saturday to move top of the table.",
    ),
    (
        "tally",
        "The Kelso school board adopted the budget by a vote of 4-3.",
        "The Kelso school board adopted the budget by a vote of 5-2.",
    ),
    (
        "tally",
        "The Ardmore jury voted 10 to 2 to convict the smuggler.",
        "The Ardmore jury voted 11 to 1 to convict the smuggler.",
    ),
    (
        "tally",
        "The Quarry Town club won the league final 3-1.",
        "The Quarry Town club won the league final 2-1.",
    ),
    (
        "tally",
        "The Norbury council passed the rule by five votes to four.",
        "The Norbury council passed the rule by six votes to three.",
    ),
    (
        "tally",
        "Delegates at the Hollis congress backed the plan by 120 votes to 80.",
        "Delegates at the Hollis congress backed the plan by 150 votes to 50.",
    ),
    (
        "tally",
        "A motion to pedestrianise Mill Lane from next spring was approved by thirteen votes to one.",
        "The plan to pedestrianise Mill Lane squeezed through by eight votes to six.",
    ),
    (
        "tally",
        "The by-law went through the Quarrow parish council in a 4-3 vote in March 2021.",
        "Quarrow's parish council adopted the mooring by-law by a clear 6-1 margin in March 2021.",
    ),
    # Dates: a different month or year for one event.
    (
        "month",
        "The Merrow Gallery opened its doors in June 2015.",
        "The Merrow Gallery opened its doors in September 2015.",
    ),
    (
        "month",
        "The Tolland ferry service was launched on 4 March 2019.",
        "The Tolland ferry service was launched on 4 May 2019.",
    ),
    (
        "month",
        "Halden's new mayor took office in January.",
        "Halden's new mayor took office in October.",
    ),
    (
        "month",
        "The Cresswell observatory was completed in 1990.",
        "The Cresswell observatory was completed in 1996.",
    ),
    # Percentages, fractions and shares.
    (
        "share",
        "About half of the residents of Lowick voted in the local election.",
        "About 80 percent of the residents of Lowick voted in the local election.",
    ),
    (
        "share",
        "A third of the Greystone orchard trees were lost to frost.",
        "Two thirds of the Greystone orchard trees were lost to frost.",
    ),
    (
        "share",
        "Roughly 25 percent of Vantor employees work from home.",
        "Half of Vantor employees work from home.",
    ),
    (
        "share",
        "Three quarters of the Dunmore students passed the exam.",
        "A quarter of the Dunmore students passed the exam.",
    ),
    (
        "share",
        "Unemployment in Kessel rose by two percentage points.",
        "Unemployment in Kessel rose by 20 percentage points.",
    ),
    (
        "share",
        "Support for the Fenwick ferry plan rose by four percentage points.",
        "Support for the Fenwick ferry plan rose by four per cent.",
    ),
    (
        "share",
        "Thefts from Corbridge allotments fell by 12 per cent after the new gates went up.",
        "Thefts from Corbridge allotments fell by almost a third after the new gates went up.",
    ),
    # A level said against a change the other way, whatever else the sentence says.
    (
        "direction",
        "Takings at the Orwell pier arcade fell by 9% in the summer season.",
        "Takings at the Orwell pier arcade were 9% higher in the summer season.",
    ),
    (
        "direction",
        "Operating profit at the Tamsin Mills group dropped by 6% in the year to March, which"
        " the board blamed on higher wool prices.",
        "Operating profit at the Tamsin Mills group was 6% higher than a year earlier.",
    ),
    # "since" a month dates one event, not a window on a trend.
    (
        "date",
        "The Orrin lido has been closed to swimmers since March 2021.",
        "The Orrin lido has been closed to swimmers since March 2022.",
    ),
    (
        "date",
        "The Orrin rowing regatta runs from Monday 3 June until Friday 7 June.",
        "The Orrin rowing regatta runs from Monday 3 June until Wednesday 5 June.",
    ),
    (
        "date",
        "The Pendle ferry terminal is now due to open in April next year.",
        "The Pendle ferry terminal is due to open this October.",
    ),
    # Said to be known, where the source says it is not yet confirmed.
    (
        "state",
        "It has not yet been confirmed whether the fish deaths at Orrin Lake are linked to the"
        " tannery.",
        "Inspectors have confirmed that the tannery caused the fish deaths at Orrin Lake.",
    ),
    # The side that lost said to have won.
    (
        "outcome",
        "Brockley Harriers won the Tarn Valley Trophy, beating Elsworth United 2-0 at Mill Lane.",
        "Elsworth United won the Tarn Valley Trophy.",
    ),
    (
        "outcome",
        "In the final round of the county quiz league, Pell Street School beat Holyfield Academy.",
        "Holyfield Academy beat Pell Street School in the final round of the county quiz league.",
    ),
    # Every one of a group, where the source names exceptions.
    (
        "universal",
        "Almost all of the Harrowgate allotments were flooded in the March storm.",
        "Every Harrowgate allotment was flooded in the March storm.",
    ),
    (
        "universal",
        "Not every school in the Orrin valley reopened after the half-term break.",
        "All schools in the Orrin valley reopened after the half-term break.",
    ),
    # The other way round: the claim names exceptions the source rules out.
    (
        "universal",
        "Every stall at the Morvath spring fair sold out by noon.",
        "Nearly all stalls at the Morvath spring fair sold out by noon.",
    ),
    (
        "universal",
        "All of the Kestle lifeboat volunteers passed the sea survival course.",
        "Only some of the Kestle lifeboat volunteers passed the sea survival course.",
    ),
    # What one person said, given to another.
    (
        "speaker",
        "Harbour master Mara Ostby said the Vell ferry would keep running through the winter.",
        "Ivo Stannard told the meeting that the Vell ferry would keep running through the winter.",
    ),
    (
        "speaker",
        "The new stand will be finished by March, said Rhona Dale, the club secretary.",
        "According to Edwin Tarr, the new stand will be finished by March.",
    ),
    # A prize or title of one holder, given to someone else.
    (
        "holder",
        "Wren Abbott was voted chair of the Marlow allotment society at its spring meeting.",
        "Dilys Harker was voted chair of the Marlow allotment society.",
    ),
    (
        "holder",
        "The Vessey Cup went to a first-time entrant: Orchard Lane Bakers won the Vessey Cup.",
        "Tollgate Bakehouse won the Vessey Cup.",
    ),
    (
        "holder",
        "The licensing hearing was chaired by the board's deputy, Judge Ysolde Marrick.",
        "Judge Elwyn Tarrant chaired Friday's licensing hearing.",
    ),
    # Counts, approximate numbers, scale words and written-out numbers.
    (
        "count",
        "Saltry district council will close three of its nine village halls next year.",
        "Four of Saltry's nine village halls will close next year.",
    ),
    (
        "count",
        "Orvale council voted to shut two of its seven swimming pools after a three-hour debate.",
        "Three of Orvale's seven swimming pools are to shut.",
    ),
    (
        "count",
        "The Hartwell festival drew about 40 thousand visitors.",
        "The Hartwell festival drew about 60 thousand visitors.",
    ),
    (
        "count",
        "The Norvik bridge is about 400 metres long.",
        "The Norvik bridge is about 900 metres long.",
    ),
    (
        "count",
        "The Quarry Lane cycle path runs for 4km beside the canal.",
        "The Quarry Lane cycle path runs for 9 kilometres beside the canal.",
    ),
    (
        "count",
        "Catches landed at Vell harbour rose by 400 tonnes last year.",
        "Catches landed at Vell harbour increased by 650 tonnes last year.",
    ),
    # The sentence leaves out whose shares, as a report does once it has named the firm.
    (
        "count",
        "Shares fell 3.1 per cent in the first hour of dealing on Thursday after the half-year figures.",
        "Pelham shares dropped by more than 8 per cent in the first hour of dealing after the half-year figures.",
    ),
    (
        "count",
        "The Selby charity raised 2 million pounds for the new ward.",
        "The Selby charity raised 2 thousand pounds for the new ward.",
    ),
    (
        "count",
        "Twelve boats took part in the Ashby regatta.",
        "Twenty boats took part in the Ashby regatta.",
    ),
    (
        "count",
        "The Ranmoor choir has forty-five singers.",
        "The Ranmoor choir has sixty-five singers.",
    ),
    (
        "count",
        "The Crowhurst hospital has 300 beds.",
        "The Crowhurst hospital has three thousand beds.",
    ),
    (
        "count",
        "The Pennick Lane market has 15 stalls.",
        "The Pennick Lane market has two dozen stalls.",
    ),
    # The direction of a finding.
    (
        "finding",
        "In the Quarrow trial, daily walking reduced the risk of falls in older adults.",
        "In the Quarrow trial, daily walking increased the risk of falls in older adults.",
    ),
    (
        "finding",
        "Regular use of the Tenby inhaler lowers the number of asthma attacks.",
        "Regular use of the Tenby inhaler raises the number of asthma attacks.",
    ),
    (
        "finding",
        "Drinking green mint tea was associated with a higher risk of kidney stones.",
        "Drinking green mint tea was associated with a lower risk of kidney stones.",
    ),
    (
        "finding",
        "The Corbin diet had no effect on blood pressure in the study.",
        "The Corbin diet lowered blood pressure in the study.",
    ),
    (
        "finding",
        "Extra vitamin K improved bone density in the Harlow cohort.",
        "Extra vitamin K worsened bone density in the Harlow cohort.",
    ),
    (
        "finding",
        "Night shift work increases the risk of sleep disorders among nurses.",
        "Night shift work decreases the risk of sleep disorders among nurses.",
    ),
    (
        "finding",
        "The Belcourt vaccine failed to prevent infection in adults.",
        "The Belcourt vaccine prevented infection in adults.",
    ),
    (
        "direction",
        "Sales of Tarnby cider rose sharply in the spring quarter.",
        "Sales of Tarnby cider slipped in the spring quarter.",
    ),
    (
        "direction",
        "From April the Greywater shuttle boat will be cut back to stop at Mill Steps.",
        "From April the Greywater shuttle boat will be extended beyond Mill Steps.",
    ),
    # A place against outside it.
    (
        "direction",
        "The Quillon Pottery is a kiln maker based in Hesketh, Varn County, Ostland.",
        "The Quillon Pottery is based outside of Ostland.",
    ),
    (
        "direction",
        "Brannoch Isle is a small island in the Marrow Sound off the Ostland coast.",
        "Brannoch Isle is located only outside of the Marrow Sound.",
    ),
    # "went up" / "went down": the small word carries the direction.
    (
        "direction",
        "The Brisley ferry's winter timetable grant went up for the second year running.",
        "The Brisley ferry's winter timetable grant fell for the second year running.",
    ),
    # Knocked out: the side knocked out did not win.
    (
        "outcome",
        "Pellmoor Athletic knocked Yarrow United out of the Hallam Trophy on penalties.",
        "Yarrow United knocked Pellmoor Athletic out of the Hallam Trophy on penalties.",
    ),
    # Either side of one amount.
    (
        "direction",
        "The Orby lido fund will end the year at £1.7 million, below the £2 million floor its"
        " trustees set.",
        "By December the Orby lido fund will be well above the £2 million its trustees set as"
        " a floor.",
    ),
    # One side of a vote against the other.
    (
        "vote",
        "The Ostby Allotment Society, which owns a fifth of the land, said it would vote against.",
        "The Ostby Allotment Society plans to vote for the sale of the land.",
    ),
    (
        "vote",
        "Three of the Fenmoor wardens voted against the night-time parking ban.",
        "Three of the Fenmoor wardens voted in favour of the night-time parking ban.",
    ),
    # "Most of" is more than half.
    (
        "share",
        "Around a third of the Hobb Lane allotment holders are over seventy.",
        "Most of the Hobb Lane allotment holders are over seventy.",
    ),
    # Where a rise ends is no bound ("go up to £48" is not "up to £48").
    (
        "number",
        "The Orby allotment rent will go up from £40 to £44 in April.",
        "The Orby allotment rent will go up to £48 in April.",
    ),
    # A count said as an adjective ("a nine-day hearing") against one said plainly.
    (
        "number",
        "The Tessor boundary dispute went to a nine-day hearing at Lowick in May.",
        "The Tessor boundary dispute went to a hearing at Lowick in May that lasted six days.",
    ),
    # The winner said in the passive; the one a winner finished clear of lost.
    (
        "winner",
        "In thick mist on the tops, the Orby fell race was won by Tam Garrow.",
        "Nell Brack beat Tam Garrow to the line in the Orby fell race.",
    ),
    (
        "winner",
        "Tam Garrow won the Orby fell race in thick mist, well clear of Nell Brack.",
        "Nell Brack won the Orby fell race in thick mist.",
    ),
    # A side taken by a verb against one taken by a vote or a plea.
    (
        "vote",
        "Alderman Corin Tesh, who voted against the quarry extension, said the lorries would"
        " ruin the lane.",
        "Alderman Corin Tesh supported the quarry extension though he feared for the lane.",
    ),
    (
        "vote",
        "The Wickerby ramblers were against the riverside hotel from the start.",
        "The Wickerby ramblers backed the riverside hotel from the start.",
    ),
    (
        "vote",
        "Two of the Ossel parish councillors objected to the new bus shelter.",
        "Two of the Ossel parish councillors endorsed the new bus shelter.",
    ),
    (
        "vote",
        "Farmer Ilsa Brack spoke against the wind turbine at Tuesday's hearing.",
        "Farmer Ilsa Brack favoured the wind turbine at Tuesday's hearing.",
    ),
    # Another holder of the same post, named where the claim names its holder.
    (
        "holder",
        "Ines Carrow, Pellbury Mills' head of sales, said the order book was full until spring.",
        "Tomas Ruddle, Pellbury Mills' head of sales, said the order book was full until spring.",
    ),
    # A statement given to someone else, past an aside and a verb of complaint.
    (
        "speaker",
        '"The night buses from Corran are always full," said Ola Brisk, chair of the riders\''
        " forum.",
        "Ines Marlow, who chairs the riders' forum, complained that the night buses from Corran"
        " were always full.",
    ),
    # One change "from A to B" against another that starts at A.
    (
        "count",
        "Attendance at the Wyke evening classes went from 180 to 260, and at the Orby classes"
        " from 150 to 170.",
        "Attendance at the Orby evening classes went from 150 to 260.",
    ),
    # The value of the group compared with, given to the group itself.
    (
        "count",
        "Members of the Tarn walking club walked an average of 6.2 miles a week, compared with"
        " 4.1 miles for those of the Orby club.",
        "Members of the Tarn walking club walked an average of 4.1 miles a week.",
    ),
    # A change against a study that found none.
    (
        "finding",
        "The survey did not detect any real change in late runs by drivers on the Corran routes.",
        "The survey found that drivers on the Corran routes made fewer late runs.",
    ),
    # A span of months said two ways is no date of its own: the figures decide.
    (
        "share",
        "Rain in the Orrin valley between April and July came to 38 per cent of its usual"
        " total, the lowest since records began in 1921.",
        "Rain in the Orrin valley from April to July came to 48 per cent of its usual total.",
    ),
    # A count of part of this year's whole counts what the whole counts.
    (
        "count",
        "Hill walkers accounted for 17 rescues on Tarn Fell this year, against nine the year"
        " before.",
        "Hill walkers were behind 71 of this year's rescues on Tarn Fell.",
    ),
    # "down by" an amount is a fall.
    (
        "direction",
        "Orders at the Vell foundry were down by about 8 per cent on the year.",
        "Orders at the Vell foundry had risen by about 8 per cent on the year.",
    ),
    # Decades are counted in years.
    (
        "count",
        "The Lund family have run the Orby tea room for 21 years.",
        "The Lund family have run the Orby tea room for over three decades.",
    ),
    # A crowd and an attendance are one count.
    (
        "count",
        "A crowd of 1,340 saw Orby Rovers beat Tarn in the cup tie at Vell Park.",
        "An attendance of 1,430 saw Orby Rovers beat Tarn in the cup tie at Vell Park.",
    ),
    # Fewer than before, against a count that went up.
    (
        "direction",
        "The Orrin ferry carried 41,200 cars this summer, up from 38,900 a year earlier.",
        "The Orrin ferry carried fewer cars this summer than a year earlier.",
    ),
    (
        "direction",
        "The Tarn food bank gave out 3,120 parcels in the winter, 12 per cent more than the"
        " winter before.",
        "The Tarn food bank gave out fewer parcels this winter than the winter before.",
    ),
    # One change told the other way round.
    (
        "change",
        "Pre-tax profit at the Tarn Valley creamery fell from £4.6 million to £3.9 million.",
        "Pre-tax profit at the Tarn Valley creamery went from £3.9 million to £4.6 million.",
    ),
    # A draw against a win.
    (
        "outcome",
        "In their final fixture of the winter the Orby Otters and the Vell Vikings drew 21-21.",
        "The Orby Otters beat the Vell Vikings in their final fixture of the winter.",
    ),
    (
        "outcome",
        "The Pell Harriers beat the Corve Rangers 3-2 in the cup on Saturday.",
        "The Pell Harriers drew with the Corve Rangers in the cup on Saturday.",
    ),
    # A comparative against the two values the sentence compares.
    (
        "comparison",
        "Two walkers on the Vell ridge path needed rescuing this winter, compared with five on"
        " the Orby crag path.",
        "More walkers needed rescuing this winter on the Vell ridge path than on the Orby crag"
        " path.",
    ),
    (
        "comparison",
        "The Pell surgery's patients waited 9 days on average for a routine appointment, against"
        " 6 days at the Corve practice.",
        "Patients at the Pell surgery waited fewer days for a routine appointment than those at"
        " the Corve practice.",
    ),
    (
        "comparison",
        "Road accidents on the Tarn bypass numbered 14 over the back half of the winter,"
        " compared with 22 in the same weeks of 2022.",
        "Road accidents on the Tarn bypass over the back half of the winter were higher than in"
        " the same weeks of 2022.",
    ),
    # A share lost is a fall.
    (
        "direction",
        "Custom at the Vell ferry fell in the winter, the Orby crossing losing about 9 per cent"
        " of its foot traffic once the timetable was cut.",
        "Foot traffic on the Orby crossing went up by about 9 per cent once the timetable was cut.",
    ),
    # One of a pair of opposite kinds for the other: a women's event for a men's.
    (
        "state",
        "Pellow Rowing Club lost the title at the Kestle regatta after finishing fourth in the"
        " men's fours.",
        "Pellow Rowing Club lost the title at the Kestle regatta after finishing fourth in the"
        " women's fours.",
    ),
    # A change told new value first, with its two values swapped by the other side.
    (
        "change",
        "Members of the Pellow bowls club numbered 148 this spring, up from 119.",
        "Membership of the Pellow bowls club fell to 119 from 148 this spring.",
    ),
    (
        "change",
        "Bookings at the Hurst lido reached 9,300 in August, down from 11,700 a year earlier.",
        "Bookings at the Hurst lido went from 9,300 to 11,700 in August.",
    ),
    (
        "change",
        "The Corve book fair raised £5,400 for the library, compared with £3,800 last year.",
        "The Corve book fair raised £3,800 for the library, down from £5,400 last year.",
    ),
    # A stance one way or the other.
    (
        "stance",
        "The Brisley rowing club said it would dispute the fine the regatta board imposed.",
        "The Brisley rowing club has accepted the fine the regatta board imposed.",
    ),
    (
        "stance",
        "The Corve Civic Society criticised the plan for a car park on the green.",
        "The Corve Civic Society welcomed the plan for a car park on the green.",
    ),
    # A target hit or missed; better or worse.
    (
        "state",
        "The Orby recycling centre missed its yearly target for the third year running.",
        "The Orby recycling centre hit its yearly target for the third year running.",
    ),
    (
        "state",
        "Waiting times at the Tarn surgery were worse than in the previous month.",
        "Waiting times at the Tarn surgery improved on the previous month.",
    ),
    # "thrashed" and "trounced" beat; "were thrashed by" lost.
    (
        "outcome",
        "Kestle Rovers beat Ambry Town 5-0 in the county cup final on Saturday.",
        "Ambry Town thrashed Kestle Rovers in the county cup final on Saturday.",
    ),
    (
        "outcome",
        "Ambry Town trounced Kestle Rovers in the county cup final on Saturday.",
        "Ambry Town were thrashed by Kestle Rovers in the county cup final on Saturday.",
    ),
    # A team's letter is part of its name; "pipping" and "edging out" beat.
    (
        "outcome",
        "Brindle B won the county quiz league, pipping Osk Rovers on the final night.",
        "Osk Rovers took the county quiz league, edging out Brindle B on the final night.",
    ),
    # The claim's value of another unit ("the two villages") does not give "two miles".
    (
        "count",
        "The nearest library to Crossfell is in Holt, eight miles away, and no bus runs between"
        " the two villages on Sundays.",
        "The nearest library to Crossfell is in Holt, less than two miles from the village.",
    ),
    # Two parts of wholes of one size are rival counts, whatever each calls the whole.
    (
        "count",
        "The Wendle guild, which counts about 140 of the town's 600 traders among its members,"
        " opposed the levy.",
        "The Wendle guild counts roughly 260 of the 600 shopkeepers in the town among its members.",
    ),
    # Two words for one unit are rival counts, as they state each other when equal.
    (
        "count",
        "Kestle Rovers beat Ambry Town 2-1 in the county cup final, watched by 2,870 spectators"
        " at Marl Park.",
        "More than 4,000 fans watched Kestle Rovers beat Ambry Town in the county cup final at"
        " Marl Park.",
    ),
    (
        "count",
        "The Tarn creamery, which employs 260 staff, will open a second plant next spring.",
        "The Tarn creamery, which has 300 employees, will open a second plant next spring.",
    ),
    # A sum added to an annual budget is a sum a year.
    (
        "count",
        "The Penhale rowing club expects the new boathouse lease to add around £6,000 to its"
        " annual costs.",
        "The new boathouse lease will add roughly £16,000 a year to the Penhale rowing club's"
        " costs.",
    ),
    # Each member of the body on one side against a split vote; a tally said as one word.
    (
        "tally",
        "The Ferrow parish council backed the new allotment rules by eight votes to three.",
        "Every Ferrow parish councillor backed the new allotment rules.",
    ),
    (
        "tally",
        "The harbour board approved the new berth fees by six votes to five.",
        "The harbour board approved the new berth fees in a four-to-one vote.",
    ),
    # What moved, moved the other way.
    (
        "direction",
        "In the spring Orrin's profit slid by 12% to £3.1m, though its turnover climbed.",
        "Orrin's profit grew in the spring even as its turnover shrank.",
    ),
    # Settled against only weighed.
    (
        "settled",
        "The Yelver bowls club is consulting members on a proposal to sell its second green.",
        "The Yelver bowls club has decided to sell its second green.",
    ),
    (
        "settled",
        "The Merrow parish board has proposed moving the winter market to the chapel yard.",
        "The Merrow parish board approved moving the winter market to the chapel yard.",
    ),
    (
        "settled",
        "The Pellow angling society said it was considering a complaint to the river authority.",
        "The Pellow angling society has lodged a complaint with the river authority.",
    ),
    (
        "settled",
        "The Hobb Lane bowls club is drawing up plans for a covered green beside its pavilion.",
        "The Hobb Lane bowls club has approved a covered green beside its pavilion.",
    ),
    (
        "settled",
        "Wessel parish council is weighing up a plan to plant an orchard on the green.",
        "Wessel parish council has agreed to plant an orchard on the green.",
    ),
    (
        "settled",
        "The Ashwick trust would consider opening the walled garden on Sundays, its warden said.",
        "The Ashwick trust has decided to open the walled garden on Sundays.",
    ),
    (
        "settled",
        "The Corve ferry company has already raised its foot passenger fares.",
        "The Corve ferry company is weighing a rise in its foot passenger fares.",
    ),
    # "both" or every member of a counted group, against a count short of it.
    (
        "universal",
        "The Pellam sailing club said one of its two slipways had been closed since the gales.",
        "Both slipways at the Pellam sailing club have been closed since the gales.",
    ),
    (
        "universal",
        "Three of the four Dunmore footbridges were repainted before the regatta.",
        "All four Dunmore footbridges were repainted before the regatta.",
    ),
    # One party's act and its converse, said of the same party.
    (
        "antonym",
        "The court heard that Ivo Brell lent the harbour trust £4,000 of his savings.",
        "The court heard that Ivo Brell borrowed £4,000 from the harbour trust.",
    ),
    # What the claim sets aside, the sentence says.
    (
        "negation",
        "Parking penalties at Kell are paid to the parish council, Ms Orr said.",
        "Ms Orr said Kell parking penalties are paid to the county rather than the parish council.",
    ),
    # A time in a race, and a margin beside it that no difference of the two makes it.
    (
        "count",
        "Ines Varga took the Orby 400 metres title in 52.71 seconds, beating Ada Penn by half a"
        " second.",
        "Ines Varga took the Orby 400m title in 52.23 seconds, beating Ada Penn by half a second.",
    ),
    # A speaker's name is not said by a common word of the same stem ("Dora Lane" / "the lane").
    (
        "speaker",
        "Resident Ivo Penn told the Orby parish meeting that tractors often block the lane by"
        " his cottage.",
        "Parish clerk Dora Lane told the Orby parish meeting that tractors often block the road"
        " by her cottage.",
    ),
    # "The couple" speaks of the two people the claim names.
    (
        "date",
        "The couple started baking in their kitchen in Carrow in 2011 and moved to Orby Mill two"
        " years later.",
        "The Tollers first began baking in their Carrow kitchen in 2013 before moving to Orby"
        " Mill.",
    ),
    # One voter against: no unanimous vote.
    (
        "tally",
        "The Orrin harbour board backed the new mooring charges unanimously on Monday, though"
        " member Tova Rusk asked for a review in a year.",
        "Board member Tova Rusk voted against the new mooring charges on Monday.",
    ),
    # Two bounds of one kind are two figures.
    (
        "count",
        "The Carrow chess club hopes to draw at least 300 players to its spring congress.",
        "The Carrow chess club hopes to draw at least 3,000 players to its spring congress.",
    ),
)

# (class, source sentence, claim, expected verdict): must not be contradicted.
LOOKALIKES: tuple[tuple[str, str, str, Verdict], ...] = (
    (
        "a case supposed with without",
        "The Orrin trust said losing the harbour grant means the lifeboat shed will shut.",
        "The Orrin trust warned that without the harbour grant the lifeboat shed would shut.",
        Verdict.SUPPORTED,
    ),
    (
        "most of a group, no direction",
        "The Orrin appeal raised £9,000 from more than 300 donors, the typical gift being less"
        " than £10.",
        "Most of the 300 donors to the Orrin appeal live in the town itself.",
        Verdict.UNMENTIONED,
    ),
    (
        "a vote said not to be unanimous",
        "The Orrin trustees' decision to sell the ferry was not unanimous, with five backing the"
        " sale and two against.",
        "The Orrin trustees decided by five votes to two to sell the ferry.",
        Verdict.SUPPORTED,
    ),
    (
        "count",
        "Ines Varga took the Orby 400 metres title in 52.71 seconds.",
        "Ines Varga took the Orby 400m title in 52.71 seconds.",
        Verdict.SUPPORTED,
    ),
    # "rather than" sets one thing aside, as "not" does; a word both alternatives share is not
    # set aside with it.
    (
        "negation",
        "Ms Orr noted that parking penalties at Kell are paid to the county rather than the"
        " parish council.",
        "Ms Orr said Kell parking penalties are paid to the county, not the parish council.",
        Verdict.SUPPORTED,
    ),
    (
        "negation",
        "The cider cup at the Orby show went to a perry, the first time since 2015 it has been"
        " won by a pear rather than an apple entry.",
        "The Orby perry was the first pear entry since 2015 to win the cider cup.",
        Verdict.SUPPORTED,
    ),
    # One sale seen from each party, and "last" as a verb.
    (
        "antonym",
        "The Orby rowing club bought its used four from a college club in May.",
        "The college club sold its used four to the Orby rowing club in May.",
        Verdict.SUPPORTED,
    ),
    (
        "antonym",
        "Tickets for the Orby gala were sold at £5 each.",
        "Orby gala members bought tickets at £5 each.",
        Verdict.UNMENTIONED,
    ),
    (
        "antonym",
        "The new footbridge at Kell Mill opened for the first time in 1962, the trust said.",
        "The new footbridge at Kell Mill is expected to last for 60 years, the trust said.",
        Verdict.UNMENTIONED,
    ),
    # "last year" is a time told from now, not the last of a series: no opposite of "first".
    (
        "antonym",
        "The first hour of mooring at Kestle harbour is free, the harbour board said.",
        "Mooring at Kestle harbour was free last year, the harbour board said.",
        Verdict.UNMENTIONED,
    ),
    # "not before 2027" says when, as "not until 2027" does.
    (
        "negation",
        "The Brisco footbridge will not open until 2027, the county council said.",
        "The Brisco footbridge will not open before 2027.",
        Verdict.SUPPORTED,
    ),
    # "every one of the nine" is all nine; "both X and Y" names a pair, not a group of two.
    (
        "universal",
        "Radios were fitted to all nine Kestle harbour launches last winter.",
        "Radios were fitted to every one of the nine Kestle harbour launches last winter.",
        Verdict.SUPPORTED,
    ),
    (
        "universal",
        "One of the two Kestle harbour launches was refitted, and the pier was painted in May.",
        "Both the Kestle harbour launch and the pier were refitted in May.",
        Verdict.SUPPORTED,
    ),
    # "over" a stretch of time tells when, not a bound: no rival to "more than two decades".
    (
        "count",
        "The permit let the Brisco pit take a further 4 million tonnes of sand over 24 years.",
        "The permit let the Brisco pit take another 4 million tonnes of sand over more than two"
        " decades.",
        Verdict.SUPPORTED,
    ),
    # A denial of an act done to something a person owns is not a denial of the person.
    (
        "negation",
        "Fenna Orlov came second in the marrow class at the Tilby show.",
        "The Tilby show committee rejected Fenna Orlov's appeal for a recount in the marrow class.",
        Verdict.UNMENTIONED,
    ),
    # A change's two values given apart, in one sentence or two.
    (
        "change",
        "The Orby line recorded 48 breakdowns lasting more than two hours, compared with 31 the"
        " year before.",
        "Breakdowns on the Orby line rose from 31 to 48 over the year.",
        Verdict.SUPPORTED,
    ),
    (
        "change",
        "The Orby line recorded 48 breakdowns this year. Breakdowns on the Orby line had"
        " numbered 31 a year earlier.",
        "Breakdowns on the Orby line rose from 31 to 48 over the year.",
        Verdict.SUPPORTED,
    ),
    # The margin of a vote the sentence gives.
    (
        "tally",
        "Orby councillors voted by 21 to 16 to approve the harbour plan.",
        "Orby councillors approved the harbour plan by a margin of five votes.",
        Verdict.SUPPORTED,
    ),
    # A difference of two values the sentence gives.
    (
        "count",
        "The Pell quiz league drew 318 teams this season, up from 271 the season before.",
        "The Pell quiz league drew 318 teams this season, 47 more than the season before.",
        Verdict.SUPPORTED,
    ),
    (
        "count",
        "Rent on the Pell bakery went from £8,500 to £9,700 a year in the spring.",
        "Rent on the Pell bakery rose by £1,200 a year in the spring.",
        Verdict.SUPPORTED,
    ),
    # One change told by another word of its direction, with the same amount.
    (
        "change",
        "The trust said its share of the Orby mill had fallen from 40 per cent to 25 per cent"
        " after the sale.",
        "Following the sale, the trust's holding in the Orby mill dropped from 40% to 25%.",
        Verdict.SUPPORTED,
    ),
    (
        "change",
        "Spending on school transport in Pell county rose by 7 per cent over the last year.",
        "Pell county's outlay on school coaches climbed by 7% over the year.",
        Verdict.SUPPORTED,
    ),
    # Losing a count is no fall of what rose.
    (
        "direction",
        "The Orby ferry lost three sailings to storms, but passenger numbers rose by 4 per cent.",
        "Passenger numbers on the Orby ferry rose by 4 per cent.",
        Verdict.SUPPORTED,
    ),
    # A draw with another side is another match.
    (
        "outcome",
        "The Orby Otters drew 14-14 with the Tarn Titans in March, their only draw of the season.",
        "The Orby Otters beat the Vell Vikings in their last game.",
        Verdict.UNMENTIONED,
    ),
    # A comparative the values bear out; a threshold; another comparison.
    (
        "comparison",
        "Two walkers on the Vell ridge path needed rescuing this winter, compared with five on"
        " the Orby crag path.",
        "Fewer walkers needed rescuing this winter on the Vell ridge path than on the Orby crag"
        " path.",
        Verdict.SUPPORTED,
    ),
    (
        "comparison",
        "The Pell surgery's patients waited 9 days on average for a routine appointment, against"
        " 6 days at the Corve practice.",
        "Patients at the Pell surgery waited more than 8 days on average for a routine"
        " appointment.",
        Verdict.SUPPORTED,
    ),
    (
        "comparison",
        "The Tarn creamery's butter won 14 prizes at the spring show, compared with 22 for its"
        " cheese.",
        "The Tarn creamery's butter won fewer prizes at the spring show than its yoghurt,"
        " made on the farm since 2019, did.",
        Verdict.UNMENTIONED,
    ),
    # One change told in two orders.
    (
        "change",
        "Members of the Pellow bowls club numbered 148 this spring, up from 119.",
        "Membership of the Pellow bowls club rose from 119 to 148.",
        Verdict.SUPPORTED,
    ),
    (
        "change",
        "The Corve book fair raised £5,400 for the library, compared with £3,800 last year.",
        "The Corve book fair's takings for the library went up to £5,400 from £3,800.",
        Verdict.SUPPORTED,
    ),
    # Twelve months are the year the sentence names.
    (
        "count",
        "Thefts from Orrin allotments reached 212 in the year to November, the most since 2015.",
        "Thefts from Orrin allotments reached 212 in the twelve months to November.",
        Verdict.SUPPORTED,
    ),
    # A score in words is the score.
    (
        "tally",
        "The Vell Vikings beat the Orrin Otters by four goals to three on Saturday.",
        "The Vell Vikings beat the Orrin Otters 4-3 on Saturday.",
        Verdict.SUPPORTED,
    ),
    # How much a thing rose is no rival of the level it rose to.
    (
        "count",
        "Catches landed at Vell harbour rose to 8,400 tonnes last year.",
        "Catches landed at Vell harbour increased by 400 tonnes last year.",
        Verdict.UNMENTIONED,
    ),
    # A day within a span of days.
    (
        "date",
        "The Orrin rowing regatta runs from 3 June to 7 June on the river.",
        "The Orrin rowing regatta runs on 5 June on the river.",
        Verdict.SUPPORTED,
    ),
    # One length, with the unit written short and in full.
    (
        "count",
        "The Quarry Lane cycle path runs for 4km beside the canal.",
        "The Quarry Lane cycle path runs for 4 kilometres beside the canal.",
        Verdict.SUPPORTED,
    ),
    (
        "another speaker, another statement",
        "Harbour master Mara Ostby said the ferry timetable had not yet been agreed.",
        "Ivo Stannard said the Vell ferry would keep running through the winter.",
        Verdict.UNMENTIONED,
    ),
    (
        "round share",
        "Thefts from Corbridge allotments fell by 21 per cent after the new gates went up.",
        "Thefts from Corbridge allotments fell by a fifth after the new gates went up.",
        Verdict.SUPPORTED,
    ),
    (
        "most of a group",
        "Most of the Harrowgate allotments were flooded in the March storm.",
        "Every Harrowgate allotment was flooded in the March storm.",
        Verdict.UNMENTIONED,
    ),
    (
        "same direction",
        "Ticket sales at the Marlow Playhouse rose sharply in 2021.",
        "Ticket sales at the Marlow Playhouse increased sharply in 2021.",
        Verdict.SUPPORTED,
    ),
    (
        "same direction",
        "Rents in the Osmund district dropped after the new tram line opened.",
        "Rents in the Osmund district fell after the new tram line opened.",
        Verdict.SUPPORTED,
    ),
    (
        "same direction",
        "The Brightwater council lowered parking fees in the town centre.",
        "The Brightwater council cut parking fees in the town centre.",
        Verdict.SUPPORTED,
    ),
    (
        "same direction",
        "The Orwell bridge repairs are running ahead of schedule.",
        "The Orwell bridge repairs are running ahead of schedule.",
        Verdict.SUPPORTED,
    ),
    (
        "approximate",
        "The Hartwell festival drew about 40 thousand visitors.",
        "The Hartwell festival drew 41 thousand visitors.",
        Verdict.SUPPORTED,
    ),
    (
        "approximate",
        "The Norvik bridge is roughly 400 metres long.",
        "The Norvik bridge is about 410 metres long.",
        Verdict.SUPPORTED,
    ),
    (
        "share",
        "About half of the residents of Lowick voted in the local election.",
        "About 50 percent of the residents of Lowick voted in the local election.",
        Verdict.SUPPORTED,
    ),
    (
        "tally",
        "The Norbury council passed the rule by five votes to four.",
        "The Norbury council passed the rule 5-4.",
        Verdict.SUPPORTED,
    ),
    (
        "unanimous",
        "All nine members of the Harwick panel backed the proposal.",
        "The Harwick panel backed the proposal unanimously.",
        Verdict.SUPPORTED,
    ),
    (
        "written out",
        "Twelve boats took part in the Ashby regatta.",
        "12 boats took part in the Ashby regatta.",
        Verdict.SUPPORTED,
    ),
    (
        "finding",
        "There was no clear evidence that the Corbin diet worsens blood pressure.",
        "The Corbin diet worsens blood pressure.",
        Verdict.UNMENTIONED,
    ),
    (
        "finding",
        "Daily walking may reduce the risk of falls in older adults.",
        "Daily walking reduces the risk of falls in older adults.",
        Verdict.SUPPORTED,
    ),
    (
        "other subject",
        "Rents in the Osmund district dropped after the new tram line opened.",
        "Wages at the Quarrow dairy climbed after the new milking shed opened.",
        Verdict.UNMENTIONED,
    ),
    (
        "other subject",
        "The Merrow Gallery in Paris opened its doors in 1990.",
        "The Velden Zoo in Berlin opened its doors in 1994.",
        Verdict.UNMENTIONED,
    ),
    (
        "part of a whole",
        "Saltry district council will close three of its nine village halls next year.",
        "Saltry will close three of its nine village halls.",
        Verdict.SUPPORTED,
    ),
    (
        "some, not only some",
        "Some stalls at the Morvath spring fair sold out by noon.",
        "Only some of the stalls at the Morvath spring fair sold out by noon.",
        Verdict.SUPPORTED,
    ),
    (
        "negated opposite",
        "The Tallis planning board did not reject the new housing scheme.",
        "The Tallis planning board approved the new housing scheme.",
        Verdict.SUPPORTED,
    ),
    (
        "left as it is",
        "The new budget leaves the number of park wardens in Sorrel Vale unchanged at 14.",
        "The number of park wardens in Sorrel Vale will stay at 14.",
        Verdict.SUPPORTED,
    ),
    (
        "change in the other clause",
        "The budget adds three lifeguards but leaves the number of Sorrel Vale park wardens "
        "unchanged at 14.",
        "Sorrel Vale will keep 14 park wardens, while the lido gains three lifeguards.",
        Verdict.SUPPORTED,
    ),
    (
        "change elsewhere",
        "Fares on the Ostby bus network rose in 2022, while parking charges stayed flat.",
        "Fares on the Ostby bus network rose in 2022.",
        Verdict.SUPPORTED,
    ),
    (
        "one of a list",
        "Markets where the Tindle reading app sells well include Chile, Bolivia and Ecuador.",
        "The Tindle reading app sells well in Peru.",
        Verdict.UNMENTIONED,
    ),
    (
        "end of a month",
        "Orders in the quarter up to the end of June were flat, and the new Quarrow oven "
        "began baking in May, a month early.",
        "The new Quarrow oven began baking a month early.",
        Verdict.SUPPORTED,
    ),
    (
        "knocked out, said alike",
        "Pellmoor Athletic beat Yarrow United 2-1 in the Hallam Trophy semi-final.",
        "Pellmoor Athletic knocked Yarrow United out of the Hallam Trophy semi-final, 2-1.",
        Verdict.SUPPORTED,
    ),
    (
        "a denial said on both sides",
        "The Tarrant Weaving Company said none of its five mills would be shut before 2030.",
        "The Tarrant Weaving Company will not shut any of its five mills before 2030.",
        Verdict.SUPPORTED,
    ),
    (
        "a denial said on both sides",
        "The judge called the river survey patchy and said her ruling did not rest on it.",
        "The judge's ruling did not rest on the river survey.",
        Verdict.SUPPORTED,
    ),
    (
        "a refusal in other words",
        "The Selby Moor planning board rejected the Dunlin Hotel's request for a second car park.",
        "The Dunlin Hotel's request for a second car park was turned down by the Selby Moor"
        " planning board.",
        Verdict.SUPPORTED,
    ),
    (
        "the doer against the deed",
        "The Brannock Dairy said it expected to name a buyer for its cheese plant before the"
        " summer.",
        "The Brannock Dairy's cheese plant is expected to be sold for more than £2 million.",
        Verdict.UNMENTIONED,
    ),
    (
        "the size of a change",
        "Average waits at the Orby crossing fell from 31 minutes at peak times to 19.",
        "Average waits at the Orby crossing fell by 12 minutes at peak times.",
        Verdict.SUPPORTED,
    ),
    (
        "a vote on another motion",
        "The Fenmoor wardens voted against the night-time parking ban.",
        "The Fenmoor wardens voted for the new cycle lane.",
        Verdict.UNMENTIONED,
    ),
    (
        "most of",
        "Nine in ten of the Hobb Lane allotment holders are over seventy.",
        "Most of the Hobb Lane allotment holders are over seventy.",
        Verdict.SUPPORTED,
    ),
    # The claim's side said in other words; the opposite is another share's side.
    (
        "a side said alike",
        "Of the 400 replies to the Wickham survey, 58 per cent backed the new crossing and 35"
        " per cent opposed it.",
        "In the Wickham survey, 58 per cent of the 400 replies supported the new crossing.",
        Verdict.SUPPORTED,
    ),
    # A change's two values said apart on one side, as one range on the other.
    (
        "change said apart",
        "Loans at Orby library fell from 9,320 to 7,410 last year.",
        "Loans at Orby library fell from 9,320 down to 7,410 last year.",
        Verdict.SUPPORTED,
    ),
    (
        "winner said alike",
        "Tam Garrow won the Orby fell race in thick mist, well clear of Nell Brack.",
        "Tam Garrow won the Orby fell race in thick mist, with Nell Brack second.",
        Verdict.SUPPORTED,
    ),
    # One order told from each end.
    (
        "one order",
        "Tam Garrow won the Orby fell race, two minutes ahead of Nell Brack.",
        "Tam Garrow won the Orby fell race, with Nell Brack two minutes behind.",
        Verdict.SUPPORTED,
    ),
    # A title said in full on one side and short on the other is one title.
    (
        "a title said short",
        "Cllr Pryor chaired Tuesday's harbour board meeting, which approved new railings for"
        " the steps.",
        "Councillor Dai Pryor chaired Tuesday's harbour board meeting, which approved new"
        " railings for the steps.",
        Verdict.SUPPORTED,
    ),
    # The agent of a passive took the side, not the claim's subject; a sentence telling both
    # sides of one motion leaves it to who took which.
    (
        "a side taken by others",
        "The quarry extension was supported by the Hallam parish council.",
        "Alderman Corin Tesh voted against the quarry extension.",
        Verdict.UNMENTIONED,
    ),
    (
        "both sides told",
        "The harbour trust backed the new slipway, though its treasurer Pol Vance voted against"
        " it.",
        "Treasurer Pol Vance backed the new slipway.",
        Verdict.SUPPORTED,
    ),
    (
        "a verb of siding on another motion",
        "Alderman Corin Tesh voted against the quarry extension.",
        "Alderman Corin Tesh supported the cattle market.",
        Verdict.UNMENTIONED,
    ),
    # Part of the firm's staff, as part of Orby's employees: the same count.
    (
        "count",
        "The administrators of Orby Mills said 74 of the firm's 310 weavers were laid off.",
        "The administrators said 74 of Orby Mills' 310 weavers were laid off.",
        Verdict.SUPPORTED,
    ),
    (
        "count",
        "The Lund family have run the Orby tea room for 31 years.",
        "The Lund family have run the Orby tea room for over three decades.",
        Verdict.SUPPORTED,
    ),
    # A margin is the difference of the score; a count apiece both sides of it.
    (
        "tally",
        "Orby Rovers won the county shield with a 58-54 victory over Vell Town on Sunday.",
        "Orby Rovers won the county shield, beating Vell Town by four points on Sunday.",
        Verdict.SUPPORTED,
    ),
    (
        "tally",
        "Orby Rovers took the third quarter 17-12 and drew level with Vell Town at 31-31.",
        "Orby Rovers and Vell Town were level on 31 points apiece after three quarters.",
        Verdict.SUPPORTED,
    ),
    (
        "vote",
        "The Vell council passed its spending plan on Monday by 11 votes to 8.",
        "The Vell council passed its spending plan on Monday by a majority of three votes.",
        Verdict.SUPPORTED,
    ),
    # Part of the same whole, in another word for it.
    (
        "count",
        "Nine of the 15 concerts in the Orby music festival are premieres.",
        "Premieres make up nine of the fifteen recitals in the Orby music festival.",
        Verdict.SUPPORTED,
    ),
    # "more than 40 drivers" bounds a count; it compares nothing with the past.
    (
        "direction",
        "The Vell depot handled 98,400 parcels this spring and took on more than 40 new drivers.",
        "The Vell depot handled fewer parcels this spring than a year before.",
        Verdict.UNMENTIONED,
    ),
    # Staff and employees are one count.
    (
        "count",
        "The Tarn creamery said 42 of its 260 staff would move to the new plant.",
        "The Tarn creamery said 42 of its 260 employees would move to the new plant.",
        Verdict.SUPPORTED,
    ),
    # The other sentence of a pair tells the claim's movement by its amount: the opposite in
    # the first is said of something else.
    (
        "movement told beside",
        "Profit at the Brennock dairy group dropped steeply over the spring as feed grew dearer,"
        " although its milk sales hit a record. Turnover climbed 4 per cent to £12.5 million.",
        "Over the spring, turnover at the Brennock dairy group increased by 4 per cent, reaching"
        " £12.5 million, as milk sales hit a record.",
        Verdict.SUPPORTED,
    ),
    # Each side tells the two movements in words of its own: what moves decides which is
    # which, not which words stand near.
    (
        "movements told in other words",
        "In the spring Orrin's turnover climbed 5% to £40m, though its profit slid by 12% to"
        " £3.1m.",
        "Orrin's turnover grew in the spring even as its profit shrank by 12%.",
        Verdict.SUPPORTED,
    ),
    (
        "weighed alike",
        "The Pellow angling society is considering a complaint to the river authority.",
        "The Pellow angling society may complain to the river authority, its secretary said.",
        Verdict.SUPPORTED,
    ),
    (
        "settled, then weighed again",
        "The Ashwick trust, which had weighed closing the tea room, confirmed on Friday that it"
        " would stay open.",
        "The Ashwick trust confirmed that its tea room would stay open.",
        Verdict.SUPPORTED,
    ),
    (
        "went up, said alike",
        "The Brisley ferry's winter timetable grant rose for the second year running.",
        "The Brisley ferry's winter timetable grant went up for the second year running.",
        Verdict.SUPPORTED,
    ),
)


def _judge(tmp_path: Path, sentence: str, claim: str):
    source = tmp_path / "report.txt"
    source.write_text(f"{FILLER} {sentence}\n", encoding="utf-8")
    return check_one(claim, load_sources([source]))


def test_every_class_has_pairs():
    classes = {c for c, _, _ in CONTRADICTED}
    assert len(CONTRADICTED) >= 60
    assert {
        "direction",
        "schedule",
        "budget",
        "change",
        "unanimous",
        "tally",
        "month",
        "comparison",
    } <= classes
    assert {"share", "count", "finding", "state", "outcome", "holder", "universal"} <= classes
    assert "settled" in classes


@pytest.mark.parametrize(
    ("kind", "sentence", "claim"),
    CONTRADICTED,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CONTRADICTED)],
)
def test_an_opposition_is_contradicted(tmp_path, kind, sentence, claim):
    judgement = _judge(tmp_path, sentence, claim)
    assert judgement.verdict is Verdict.CONTRADICTED, judgement.reason
    assert judgement.conflicts, "a contradiction names the parts that disagree"


@pytest.mark.parametrize(
    ("kind", "sentence", "claim", "verdict"),
    LOOKALIKES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(LOOKALIKES)],
)
def test_a_lookalike_is_not_contradicted(tmp_path, kind, sentence, claim, verdict):
    judgement = _judge(tmp_path, sentence, claim)
    assert judgement.verdict is verdict, judgement.reason


def test_every_member_of_a_group_within_the_body_is_no_unanimous_vote(tmp_path):
    sentence = "The Ferrow parish council backed the new allotment rules by eight votes to three."
    claim = "Every Green councillor on Ferrow parish council backed the new allotment rules."
    assert _judge(tmp_path, sentence, claim).verdict is not Verdict.CONTRADICTED


def test_a_swapped_result_names_the_sides_without_the_opening_word(tmp_path):
    judgement = _judge(
        tmp_path,
        "Meanwhile, Brindle Rovers lost to Osk United in the cup.",
        "Brindle Rovers beat Osk United in the cup.",
    )
    assert judgement.verdict is Verdict.CONTRADICTED
    assert [c.source_text for c in judgement.conflicts] == ["lost Brindle Rovers"]


def test_every_listed_opposite_can_fire():
    # A pair with a stopword, or two words of one stem, would never be compared.
    from factcheck.language.lexicon import ANTONYM_PAIRS, STOPWORDS
    from factcheck.language.opposites import antonyms
    from factcheck.language.text import stem

    table = antonyms()
    for a, b in ANTONYM_PAIRS:
        assert a not in STOPWORDS and b not in STOPWORDS, (a, b)
        assert stem(b) in table[stem(a)], (a, b)


def test_the_doer_of_an_act_is_no_opposite_of_the_other_act():
    # "buyer" / "sell" are two sides of one sale; "buyer" / "seller" and "buy" / "sell" oppose.
    from factcheck.language.analysis import analyse
    from factcheck.language.opposites import opposed

    def word(text: str):
        return analyse(text).tokens[0]

    assert opposed(word("buy"), word("sell"))
    assert opposed(word("buyer"), word("seller"))
    assert not opposed(word("buyer"), word("sell"))
    assert not opposed(word("sold"), word("buyer"))


def test_the_opposites_table_is_large_and_read_in_any_form():
    from factcheck.language.analysis import analyse
    from factcheck.language.opposites import antonyms, opposed

    assert len(antonyms()) > 3000
    rose, fell = analyse("rose fell").tokens
    assert opposed(rose, fell)
    won, lost = analyse("won lost").tokens
    assert opposed(won, lost)


@pytest.mark.parametrize("word", ["quit", "accord", "owned", "mine", "reporter"])
def test_a_word_that_stems_like_a_stopword_is_content(word):
    from factcheck.language.analysis import analyse

    assert [t.lower for t in analyse(f"The {word} was there.").content] == [word]


def test_a_year_in_the_claim_finds_the_sentence_that_says_it(tmp_path):
    lines = [f"The Orlen museum opened a new room for {w} prints." for w in ("bird", "map", "ship")]
    lines *= 6
    lines.append("The Orlen museum opened in 1990 in a former mill.")
    source = tmp_path / "museum.txt"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    judgement = check_one("The Orlen museum opened in 1990.", load_sources([source]))
    assert judgement.verdict is Verdict.SUPPORTED
    assert "1990" in judgement.citations[0].sentence


def test_the_stem_tables_are_derived_from_the_word_tables():
    # A check reads opposites and irregular forms by stem from tables derived ahead of time;
    # after a change to the word tables, the lexicon or the stemmer, rerun
    # scripts/build_stem_tables.py.
    from factcheck.language.opposites import (
        antonyms,
        derive_antonyms,
        derive_irregular,
        irregular,
    )

    assert antonyms() == derive_antonyms()
    assert irregular() == derive_irregular()


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The Vell Vikings beat the Orrin Otters by four goals to three.", [(4, 3)]),
        ("Orrin councillors voted by five to three to close the slipway.", [(5, 3)]),
        ("The Orrin harbour board was split six to two on the slipway.", [(6, 2)]),
        ("The Vell Vikings moved top after a 4-3 victory.", [(4, 3)]),
        # A score counted in frames, sets or points, after a word of winning.
        ("The Orrin darts team won the county shield by six legs to two.", [(6, 2)]),
        ("Ada Moss won the Vell open title by three sets to one.", [(3, 1)]),
        ("The Vell skipper was found guilty by a 10-2 majority.", [(10, 2)]),
        # A change to a level, not a score.
        ("The Vell share index fell 5 points to 3,200 after the vote.", []),
        ("The Vell share index rose 12 points to 345 after the vote.", []),
        ("The Vell Vikings won, though their lead shrank from 21 points to 14.", []),
        ("Prices rose from 5 to 7 after the vote.", []),
    ],
)
def test_tallies_are_read_in_their_forms(text, counts):
    from factcheck.language.analysis import analyse
    from factcheck.language.tallies import find_tallies

    assert [t.counts for t in find_tallies(analyse(text))] == counts


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillor Ada Pell put forward a motion on the Tarn ferry closure at the June meeting.",
        "Councillor Ada Pell came forward at the June meeting with a view on the Tarn ferry"
        " closure.",
    ],
)
def test_forward_in_an_idiom_is_no_direction(tmp_path, sentence):
    claim = "Councillor Ada Pell said she would reverse the Tarn ferry closure."
    judgement = _judge(tmp_path, sentence, claim)
    assert judgement.verdict is not Verdict.CONTRADICTED, judgement.reason


def test_a_date_brought_forward_is_against_one_put_back(tmp_path):
    judgement = _judge(
        tmp_path,
        "The Tarn ferry inquiry was brought forward to May.",
        "The Tarn ferry inquiry was put back to May.",
    )
    assert judgement.verdict is Verdict.CONTRADICTED, judgement.reason


def test_an_age_after_a_name_is_no_rival_count(tmp_path):
    judgement = _judge(
        tmp_path,
        "Trainee Nell Garrow, 19, said she feared the Orby boatyard course would close.",
        "Nell Garrow is among about 40 trainees on the Orby boatyard course.",
    )
    assert judgement.verdict is not Verdict.CONTRADICTED, judgement.reason


def test_a_title_said_short_is_no_rival_name(tmp_path):
    judgement = _judge(
        tmp_path,
        "Cllr Pryor said the harbour board had approved new railings for the steps after a fall"
        " in March.",
        "Councillor Dai Pryor's board approved new railings for the steps after a fall in March.",
    )
    assert not any(c.kind is ConflictKind.ENTITY for c in judgement.conflicts), judgement.reason
    assert judgement.verdict is Verdict.SUPPORTED, judgement.reason


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "The harbour trust rejected the Orby slipway scheme at its June meeting.",
            "The harbour trust voted down the Orby slipway scheme at its June meeting.",
        ),
        (
            "Councillors rejected the Orby slipway scheme by eleven votes to three.",
            "Councillors voted down the Orby slipway scheme by eleven votes to three.",
        ),
    ],
)
def test_a_refusal_in_other_words_states_it(tmp_path, sentence, claim):
    judgement = _judge(tmp_path, sentence, claim)
    assert judgement.verdict is Verdict.SUPPORTED, judgement.reason
