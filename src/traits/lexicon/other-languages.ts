/**
 * A first, small lexicon of the other languages sales teams mix into English copy: Spanish (Latin American and Spanglish
 * WhatsApp) and Tagalog (Taglish Viber and SMS). One construction a trait and language, for the commonest wording of each
 * practice; each is merged into its trait's constructions (index.ts). English words inside the mix ("promo", "free",
 * "discount", "% off") are read by the English lexicon already, so these name only the other language's words.
 *
 * Cues for the other languages' negation and other parties are in qualifiers.ts ("nunca", "hindi", "la competencia").
 */
import type { BuiltinTrait, Construction } from './types.js';

export const OTHER_LANGUAGES: Partial<Record<BuiltinTrait, readonly Construction[]>> = {
  discount: [
    {
      // "15% de descuento", "descuento del 10%", "envío gratis", "la instalación sin costo", "2x1 en llantas", "a mitad de precio".
      id: 'a discount, in Spanish',
      patterns: [
        '{pct} (de)? (descuento|descuentos|dto|dcto|rebaja|bonificación|bonificacion)',
        '(descuento|descuentos|rebaja|rebajas|bonificación|bonificacion) (del|de|hasta)? (el)? {pct}',
        '(envío|envio|envíos|envios|entrega|flete|instalación|instalacion|inscripción|inscripcion|matrícula|matricula|mano de obra|delivery|shipping) (es|va|van|sale|salen)? (gratis|gratuito|gratuita|sin costo|sin cargo)',
        '(primer|primera|primeros|primeras) ~2 (mes|meses|mensualidad|mensualidades|clase|clases|servicio|servicios) (gratis|sin costo|de regalo|bonificado|bonificados)',
        '(un|una|dos|tres|cuatro|seis|{num}) (mes|meses|semana|semanas|mensualidad|mensualidades) (gratis|sin costo|de regalo|bonificado|bonificados)',
        '(te|le|les) (regalamos|regalo|obsequiamos) (el|la|los|las)? ~2 (envío|envio|instalación|instalacion|flete|primer|primera|inscripción|inscripcion|mantenimiento)',
        '(a|al) (mitad|medio) de precio',
        '=2x1|=3x2|=4x3',
        // A price match: "Si me enseñas la cotización de X, te la igualo"; bettered only when a price is named ("te la mejoramos" of
        // a proposal is no price).
        '(te|se|le|les) (lo|la|los|las) (igualo|igualamos)',
        '(cotización|cotizacion|precio|quote|presupuesto) ~6 (te|se|le|les) (lo|la|los|las) (mejoro|mejoramos)',
        '(igualamos|igualo|mejoramos) (cualquier|el|su|tu) ~1 (precio|cotización|cotizacion|presupuesto)',
      ],
      examples: {
        signal: [
          'Esta semana tenemos 15% de descuento en toda la línea de grifería.',
          'Para pedidos de más de 50 cajas el envío es gratis a cualquier parte de Jalisco.',
          'Si firmas el contrato anual, los primeros dos meses gratis.',
          'Promo de temporada: 2x1 en filtros de aceite.',
          'Tráeme la cotización de tu proveedor actual y te la mejoramos.',
          'Con el plan anual, un mes gratis.',
        ],
        not: [
          'El precio de lista está en la página 4.',
          'La entrega tarda tres días hábiles.',
          // A proposal bettered, not a price.
          'Si la propuesta no te convence, te la mejoramos con otro alcance.',
        ],
      },
    },
    {
      // Taglish: "libre po ang delivery", "may 10% diskwento", "bawas 5% sa cash".
      id: 'a discount, in Tagalog',
      patterns: [
        // ("Libre na po ba yung delivery guy bukas?" asks whether the driver is free.)
        '(libre|libreng) (na|po|na po)? (ang|sa)? (delivery|shipping|installation|install|fee|fees|processing|dues|bayad|transfer fees|transfer fee|labor|hatid)',
        '(walang|wala pong|walang bayad) (bayad)? (ang|sa)? (delivery|shipping|installation|install|processing fee|transfer fee|transfer fees|labor)',
        // Not "less": "less 2% EWT" is a tax withheld.
        '(diskwento|bawas) (na|ng|po|na po|po na)? {pct}',
        '{pct} (na)? (diskwento|bawas)',
      ],
      examples: {
        signal: [
          'Libre po ang delivery sa Metro Manila pag 10 sacks pataas.',
          'May diskwento po na 8% kung cash ang bayad.',
          'Bawas 5% po sa lahat ng order na bayad agad.',
          'Walang bayad ang installation basta within Cavite.',
        ],
        not: [
          'Libre po ba kayo bukas para sa site visit?',
          'Magkano po ang delivery sa Cavite?',
          'Libre na po ba yung delivery rider mamaya?',
          'Pag government po ang client, less 5% withholding sa invoice.',
        ],
      },
    },
  ],
  pressure: [
    {
      // "Última oportunidad", "solo hoy", "quedan solo 3", "hasta agotar existencias", "confirma hoy".
      id: 'a time limit or scarcity, in Spanish',
      patterns: [
        // Not "la última llamada", the last call we had.
        '(última|ultima|últimas|ultimas) (oportunidad|chance|unidades|piezas|plazas|lugares)',
        '(solo|sólo|únicamente|unicamente) (por)? (hoy|mañana|este fin de semana|esta semana|este mes|48 horas|24 horas)',
        // Only with "solo": "quedan 3 semanas para la entrega" is time to a delivery.
        '(quedan|queda|me quedan|nos quedan) (solo|sólo|solamente|únicamente|unicamente|nada más|nomás) {num}',
        '(quedan|queda|me quedan|nos quedan) (muy)? (pocos|pocas|poquitos|poquitas)',
        // What is sold, counted: "Quedan 3 lugares para el taller de marzo".
        '(quedan|queda|me quedan|nos quedan) {num} (lugares|lugar|plazas|plaza|unidades|unidad|piezas|cupos|cupo|boletos|entradas|lotes|cajas|equipos|departamentos|casas|mesas)',
        // A heading: "Última llamada: la lista de precios sube el lunes".
        '^ (última|ultima) (llamada|chance) :',
        'hasta (agotar|que se agoten)',
        '(oferta|promoción|promocion|promo|precio especial|descuento|precio) (válida|valida|válido|valido|vigente|disponible) (solo|sólo)? hasta',
        '(no te lo pierdas|no te quedes sin|apúrate|apurate|date prisa)',
        // Taking advantage of an offer, not of a call ("Aprovecha la llamada para preguntarle …").
        '(aprovecha|aprovéchalo|aprovechalo|aprovechen|aprovechar) ~3 (promoción|promocion|promo|oferta|descuento|precio|2x1|rebaja)',
        // An offer with its end: "15% de descuento … hasta el domingo", "La promoción del 2x1 vence el viernes".
        // (Not "gratis", as often a trial's or a delivery's: "El envío es gratis, pero el camión llega hasta el viernes".)
        '(descuento|promoción|promocion|promo|oferta|2x1|3x2|precio especial|rebaja) ~8 (hasta|vence|vencen|termina|terminan|acaba|acaban) (el|este|esta)? (lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|fin de mes|fin de semana|{date})',
        '(confirma|confirmá|confirme|reserva|reservá|cierra|cerrá|firma|firmá|aparta|apartá) ~3 (hoy|ya mismo|antes del|antes de que|esta semana|este viernes)',
        // A price about to rise, with a push to act first.
        '(precio|precios|tarifa|tarifas|lista de precios) (sube|suben|subirá|subirán|aumenta|aumentan|aumentará|cambia|cambian) ~12 (antes|esta semana|hoy|aprovecha|cierra|cerrar|confirma|confirmar|aparta|apartar)',
      ],
      examples: {
        signal: [
          'Última oportunidad para apartar tu lugar en el curso de mayo.',
          'Precio especial solo por hoy en toda la línea de bombas.',
          'Nos quedan solo 6 unidades del modelo 2026 en bodega.',
          'La lista de precios sube en enero, así que si vas a pedir, cierra el pedido antes del 20.',
          'Aparta hoy y te respetamos el precio de este mes.',
          'La promoción del 3x2 en filtros termina el sábado.',
        ],
        not: [
          'El camión sale de Monterrey el martes.',
          'Quedamos en llamarte el lunes.',
          'Quedan 10 días para la entrega del contenedor.',
          'En la última llamada quedamos en mandarle la propuesta.',
          'Aprovecha la visita para revisar el inventario.',
        ],
      },
    },
    {
      // Taglish: "ngayong linggo lang", "hanggang Friday lang po", "konti na lang ang slots", "last day na po".
      id: 'a time limit or scarcity, in Tagalog',
      patterns: [
        // A period, then "lang": not "Ngayon lang po nag-reply" (only just now).
        'ngayong (araw|linggo|buwan|weekend|week|month|sabado|biyernes|gabi|taon|season) lang',
        'ngayon lang (po)? (ang)? (promo|sale|presyo|price|discount|diskwento|offer|rate)',
        // An offer that lasts until then (not "Hanggang 5pm lang po ang showroom", opening hours).
        '(hanggang|until) ~4 lang (po)? (ang|yung)? (promo|sale|presyo|price|discount|diskwento|offer|rate|reservation fee|early bird)',
        // (Not "presyo Lunes hanggang Sabado", a week's days, nor "ng sales hanggang Biyernes", a colleague away.)
        '(promo|=sale|discount|diskwento|offer|libre|libreng|promo price) ~6 (hanggang|until) (lunes|martes|miyerkules|huwebes|biyernes|sabado|linggo|{date}|katapusan)',
        // The price up tomorrow: "bukas tataas na ang presyo".
        '(bukas|sa lunes|next week|sa susunod na linggo) (po)? (ay)? (tataas|magtataas|tataas na) (na)? (po)? ang (presyo|price|prices|rate)',
        '(konti|kaunti|ilan) (na)? lang (po)? (ang|ang natitirang)? ~1 (slots|slot|units|unit|stocks|stock|natitira)',
        '(huling araw|last day) (na)? (po)? (ng|ngayon|today|para)',
        '(habol|humabol) (na)? (po)? ~2 (bago|before|habang)',
      ],
      examples: {
        signal: [
          'Promo price po ngayong buwan lang, sir.',
          'Hanggang Sabado lang po ang reservation fee na ito.',
          'Konti na lang po ang slots para sa March batch.',
          'Huling araw na po ngayon ng early-bird rate.',
          '10% diskwento po hanggang Biyernes sa lahat ng cash order.',
        ],
        not: [
          'Ngayon po ba kayo available for a call?',
          'Sige po, text lang kayo kung may tanong.',
          'Ngayon lang po nag-reply yung supplier.',
          'Hanggang 6pm lang po bukas ang opisina.',
        ],
      },
    },
  ],
  mass: [
    {
      // "a toda la base de datos", "a todos mis contactos", "el mismo mensaje a los 900 números", "la lista que compramos".
      id: 'sent to everyone, in Spanish',
      patterns: [
        '(toda|todas) (la|las|nuestra|nuestras|mi|mis) (base|bases) de (datos|contactos|clientes)',
        '(a|para) (todos|todas) (los|las|mis|nuestros|nuestras) ~1 (contactos|clientes|números|numeros|correos|leads|prospectos|distribuidores)',
        '(mismo|misma) (mensaje|correo|texto|plantilla|whatsapp) (a|para) (todos|todas|los|las)',
        // Bought by us ("los números de parte que compraron" are what a buyer bought).
        '(lista|listas|base|bases|contactos|correos) ~3 (que)? (compré|compramos|comprada|compradas|comprados|rentada|rentamos)',
        '(envío|envio|envíos|envios|campaña|campana) (masivo|masiva|masivos|masivas)',
      ],
      examples: {
        signal: [
          'Mándale el catálogo a toda la base de datos de ferreterías.',
          'El lunes mandamos el mismo mensaje a todos los distribuidores del bajío.',
          'Cargamos los 5,000 correos que compramos en la feria y les mandamos la promo.',
        ],
        not: [
          'Mándale el catálogo a Rosa, que lo pidió ayer.',
          'La base de datos se respalda cada noche.',
          'Confirma los números de parte que compraron antes de armar el pedido.',
        ],
      },
    },
    {
      // Taglish: "sa lahat ng contacts ko", "same message lang sa lahat".
      id: 'sent to everyone, in Tagalog',
      // Sent to them all, not their papers ("Kumpleto na ang papeles ng lahat ng clients").
      patterns: [
        '(send|sinend|pinadala|ipinadala|padala|ipadala|blast|i blast|text|tinext|message|minessage|email|inemail|pm) ~4 lahat ng (contacts|contact|numbers|number|clients|client|kakilala|group chats|gc|leads|customers|buyers)',
      ],
      examples: {
        signal: ['I-blast po natin ito sa lahat ng contacts sa CRM.', 'Pinadala ko na sa lahat ng numbers sa listahan.'],
        not: ['Salamat po sa lahat ng tulong ninyo.', 'Kumpleto na po ang papeles ng lahat ng clients ngayong quarter.'],
      },
    },
  ],
  gated: [
    {
      // "precios bajo pedido", "no te puedo pasar el precio por WhatsApp", "la cotización solo en cita".
      id: 'a price held back, in Spanish',
      patterns: [
        // Not "bajo pedido", made to order.
        '(precio|precios|cotización|cotizacion|tarifa|tarifas|lista de precios) ~6 (solo|sólo)? (a solicitud|previa solicitud|por cotización|por cotizacion|a consultar)',
        // Not by message, but on a call: not "… por WhatsApp porque el archivo pesa mucho; te la mando por correo".
        'no (te|le|les)? (puedo|podemos) (dar|mandar|enviar|pasar|compartir) (el|la|los|las)? ~2 (precio|precios|price list|lista de precios|cotización|cotizacion|tarifas) (por|en) ~8 (llamada|call|cita|visita|reunión|reunion|agendamos|agendar|agendemos)',
        '(precio|precios|cotización|cotizacion|tarifas|lista de precios) (solo|sólo|únicamente|unicamente) (en|con|tras|después de|despues de|por) ~2 (llamada|cita|visita|reunión|reunion|asesor|vendedor)',
      ],
      examples: {
        signal: [
          'Los precios de la línea premium son a solicitud.',
          'No te puedo mandar la lista de precios por WhatsApp, mejor agendamos una llamada.',
          'La cotización solo después de una visita del asesor.',
          'Precio de exportación a consultar con tu asesor.',
        ],
        not: [
          'Te mando la lista de precios por WhatsApp en un momento.',
          'El precio incluye IVA.',
          'Los precios de las piezas que fabricamos bajo pedido están en la lista pública.',
          'No te puedo mandar la cotización por WhatsApp porque el archivo pesa mucho; te la mando por correo.',
        ],
      },
    },
  ],
  'white-glove': [
    {
      // "un gerente de cuenta dedicado", "vamos a tu planta", "la comida corre por nuestra cuenta", Taglish "sundo namin kayo".
      id: 'personal service, in Spanish or Tagalog',
      patterns: [
        '(gerente|ejecutivo|ejecutiva|asesor|asesora|ingeniero|ingeniera|técnico|tecnico) (de cuenta|de servicio)? (dedicado|dedicada|personal|exclusivo|exclusiva|asignado|asignada)',
        // One of ours goes there (not the invoice: "Te mandamos la factura a tu oficina").
        // (Not "sitio": "vamos a tu sitio web".)
        '(vamos|voy|visitamos|visito) ~2 (a|hasta) (tu|su|sus|tus) (planta|obra|bodega|oficina|oficinas|casa|domicilio|negocio)',
        '(mandamos|mando|enviamos|envío|envio) (a)? (un|una|nuestro|nuestra|mi) (técnico|tecnico|ingeniero|ingeniera|asesor|asesora|especialista|instalador|equipo|maestro|maestra) ~4 (a|hasta) (tu|su|sus|tus) (planta|obra|bodega|oficina|oficinas|casa|domicilio|negocio|sitio)',
        // Our treat (not "la cena es libre", a free evening).
        '(comida|cena|almuerzo|desayuno|lunch|dinner|tanghalian|hapunan|merienda) (corre|va|es)? (por nuestra cuenta|de cortesía|de cortesia|sagot namin)',
        '(libre|libreng|sagot namin) (ang)? (lunch|dinner|tanghalian|hapunan|merienda|comida|cena)',
        '(sundo|susunduin) (namin|ka|kayo)',
      ],
      examples: {
        signal: [
          'Cada cliente nuevo tiene un ejecutivo de cuenta dedicado los primeros seis meses.',
          'Si el equipo falla, mandamos a un técnico a tu planta el mismo día.',
          'Después del recorrido, la cena corre por nuestra cuenta.',
          'Sa site visit po, sundo namin kayo sa hotel at libre ang lunch.',
        ],
        not: [
          'Vamos a revisar tu pedido y te aviso.',
          'El técnico de la distribuidora no contesta.',
          'Te mandamos la factura a tu oficina el mismo día del embarque.',
          'En la convención el jueves la cena es libre, cada quien paga la suya.',
        ],
      },
    },
  ],
  consultative: [
    {
      // "un diagnóstico de tu operación", "¿qué es lo que más te importa?", "una propuesta a la medida de tus necesidades".
      id: 'their needs first, in Spanish',
      patterns: [
        '(análisis|analisis|diagnóstico|diagnostico|evaluación|evaluacion|levantamiento) (de)? (necesidades|tu operación|tu operacion|su operación|su operacion|tu situación|tu situacion|tus procesos|sus procesos)',
        // Asked ("qué", "cuál" with their accents), not told: "lo único que les importa es el precio".
        '(qué|cuál|cuáles) (es|son) (lo que)? (más)? (te|le|les) (importa|importan|preocupa|preocupan|duele|duelen)',
        '(a la medida|a medida|personalizado|personalizada|hecha|hecho) (de|para) (tu|su|tus|sus) (necesidades|operación|operacion|proyecto|negocio|uso)',
        '(primero|antes) (que nada)? (entender|entendemos|escuchar|escuchamos|platicar|platicamos|conocer|conocemos) ~3 (tu|su|tus|sus|cómo|como)',
      ],
      examples: {
        signal: [
          'Antes de cotizar hacemos un diagnóstico de tu operación con el jefe de planta.',
          '¿Qué es lo que más te preocupa del sistema actual?',
          'Armamos una propuesta a la medida de tus necesidades, no un paquete estándar.',
        ],
        not: ['Te mando el paquete estándar por correo.', 'La medida del tubo es de 2 pulgadas.', 'A estos clientes lo único que les importa es el precio.'],
      },
    },
  ],
  'free-trial': [
    {
      // "prueba gratis de 14 días", "30 días de prueba sin costo", "pruébalo gratis un mes".
      id: 'a free trial, in Spanish',
      patterns: [
        '(prueba|pruebas|periodo de prueba|período de prueba) (gratis|gratuita|gratuito|sin costo|sin cargo)',
        '(pruébalo|pruebalo|pruébala|pruebala|pruébanos|pruebanos) ~3 (gratis|sin costo)',
        // Free, said: "90 días de prueba" alone is a new hire's probation.
        '{num} (días|dias|semanas|mes|meses) (de prueba) (gratis|gratuita|gratuitos|sin costo)',
      ],
      examples: {
        signal: [
          'Activa tu prueba gratis de 14 días desde la app.',
          'Te damos 30 días de prueba gratis para que tu equipo lo use.',
          'Pruébalo gratis un mes, sin tarjeta.',
        ],
        not: ['La prueba de presión se hace antes de la entrega.', 'Los vendedores nuevos tienen 90 días de prueba antes de las comisiones.'],
      },
    },
  ],
};
