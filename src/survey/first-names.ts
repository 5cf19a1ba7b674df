/**
 * Common first names of people who work in German companies: German, Turkish, Polish, Russian and Ukrainian (in
 * German and English transliteration), Balkan, Italian, Greek, Arabic and English. Used only to spot "first name +
 * capitalised word" in open answers (identifiers.ts), never compared with the staff list.
 *
 * Left out on purpose: names that are also ordinary words which in German or English often stand before a
 * capitalised word (Art, August, Mai, Nur, Till, Will, May, June, Grace, Hope, Joy, Faith, Rich, Bill, Sue, Don, Can,
 * Wolf, Engel, Sonne), and names of AI products (Claude, Alexa), which would raise the warning on harmless sentences.
 */
const NAMES = `
  alexander alexandra andrea andreas angela angelika anja anke anna annette antje anton axel barbara bastian ben
  benjamin bernd bernhard bettina birgit björn brigitte bruno carina carla carolin carsten charlotte christa christian
  christiane christina christine christoph christopher claudia clemens cornelia dagmar daniel daniela david dennis
  detlef diana dieter dietmar dirk dominik doris dorothea edith egon elena elias elisabeth elke ella emil emilia emma
  erik erika ernst esther eva fabian felix finn florian frank franz franziska frieda friedrich gabi gabriele georg
  gerd gerda gerhard gisela gregor greta gudrun günter günther hanna hannah hannelore hannes hans harald hartmut heidi
  heike heiko heinrich heinz helena helga helmut hendrik henning henrik herbert hermann holger horst hubert ilse ina
  ines inga inge ingo ingrid iris isabel isabell jakob jan jana janina jannik jens jessica joachim jochen johann
  johanna johannes jonas jonathan jörg josef julia julian juliane jürgen jutta kai karin karl karla karsten katharina
  kathrin katja katrin kerstin kevin klara klaus konrad kristina kurt lara lars laura lea lena leni leon leonie lina
  linda lisa lotte luca lucas luis luisa lukas lutz magdalena maik maja manfred manuel manuela marc marcel marco
  marcus margarete maria marie marina mario marion marius markus marlene martha martin martina mathias matthias max
  maximilian melanie merle mia michael michaela mila monika moritz nadine nadja natalie nicole niklas nico nils nina
  noah norbert olaf ole oliver oskar otto patricia patrick paul paula peter petra philipp pia rainer ralf ralph regina
  reinhard renate rené richard robert robin roland rolf rosa rudolf rüdiger sabine sabrina sandra sarah sascha
  sebastian silke simon simone sofia sonja sophia sophie stefan stefanie steffen stephan stephanie susanne sven svenja
  tanja theo thomas thorsten tim timo tobias tom toni torsten ulf uli ulla ulrich ulrike ursula ute uwe valentin
  vanessa verena veronika viktoria volker walter werner wilhelm willi wolfgang yvonne

  ahmet ali aylin ayse ayşe berna burak büşra cem cemile derya deniz dilek ebru ece elif emine emre esra fatih
  fatma gökhan gül gülsüm hakan hasan hatice hülya hüseyin ibrahim ilker ismail kemal leyla mehmet melek meltem merve
  murat mustafa osman ozan ömer özge özlem recep selin serkan sevgi tuba tuğba ümit yasemin yusuf zeynep

  agata agnieszka aleksandra andrzej beata bogdan bożena danuta dariusz dorota elżbieta ewa grażyna grzegorz halina
  iwona izabela jacek jakub janusz jarosław jerzy joanna jolanta józef justyna kamil karolina katarzyna krystyna
  krzysztof łukasz maciej małgorzata marcin marek marta mateusz michał mirosław paweł piotr rafał renata ryszard
  sławomir stanisław sylwia tadeusz tomasz urszula wiesław witold wojciech zbigniew zofia

  aleksandr aleksei aleksej alexej alexei alina anastasia andrei andrej artem artjom bohdan daria darja denis dmitri
  dmitrij dmitry ekaterina elena evgeny galina halyna igor irina iryna ivan iwan jekaterina jelena jewgeni julija
  juri kristina ksenia larisa larissa ljudmila lyudmila maxim michail mikhail mykola nadezhda natalia natalija
  natalja nikolai oksana oleg oleksandr oleksii olena olga pavel pawel petro polina roman sergei sergej sergey
  svetlana swetlana taras tatiana tatjana valentina vladimir viktor volodymyr wladimir xenia yulia yuri

  dragan goran ivana josip marko milan milica nikola stjepan zoran dimitrios georgios konstantinos nikolaos
  giovanni giuseppe francesco salvatore alessandro stefano roberto vincenzo antonio
  ahmad ahmed aisha fatima hassan khaled mariam mohamed mohammed mohammad omar youssef

  james john mary jennifer elizabeth michelle emily olivia william henry george edward charles joseph susan karen
  nancy betty margaret sharon deborah jason brian jeffrey ryan gary scott eric kenneth steven kathleen samantha rachel
  catherine heather kelly megan amanda jacqueline
`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));
