-- The real content of the twelve Conecta Empleo courses (schema and identifier scheme: V3).
-- One INSERT per table and course. Plain SQL shared by H2 (MODE=LEGACY), MySQL 8 and MariaDB 10.11:
-- quotes doubled, no backslashes, line breaks inside lesson bodies are literal.

-- Course 1: programacion (40 h = 2400 min)
INSERT INTO course_module (id, course_id, position, title_es, title_en) VALUES
(101, 1, 1, 'Pensar como quien programa', 'Thinking like a programmer'),
(102, 1, 2, 'Datos y variables', 'Data and variables'),
(103, 1, 3, 'Decisiones y repeticiones', 'Decisions and loops'),
(104, 1, 4, 'Funciones y buenas prácticas', 'Functions and good practice');

INSERT INTO lesson (id, module_id, position, title_es, title_en, body_es, nominal_minutes) VALUES
(10101, 101, 1, '¿Qué es programar?', 'What is programming?',
'Programar es escribir instrucciones para que un ordenador haga una tarea. El ordenador es muy rápido, pero no entiende intenciones: hace exactamente lo que le dices, en el orden en que se lo dices. Por eso programar se parece más a redactar una receta muy precisa que a hablar con una persona.

Piensa en cómo explicarías a alguien que nunca ha cocinado cómo preparar un café con una cafetera de cápsulas. No basta con decir "haz un café". Hay que decir: llena el depósito de agua, enciende la máquina, espera a que la luz deje de parpadear, coloca una taza, mete la cápsula y pulsa el botón. Si te saltas un paso, el resultado falla.

Un programa tiene tres ingredientes básicos:
- Datos: la información con la que trabaja (un nombre, un precio, una fecha).
- Instrucciones: lo que hay que hacer con esos datos (sumar, comparar, mostrar).
- Orden: la secuencia en la que se ejecutan las instrucciones.

Las instrucciones se escriben en un lenguaje de programación, que es un idioma con reglas estrictas que tanto las personas como el ordenador pueden leer. En este curso usaremos Python, un lenguaje muy empleado en empresas, análisis de datos y automatización, y que se lee casi como el inglés.

No necesitas saber matemáticas avanzadas. Lo que más se usa al programar es la paciencia, el orden y la costumbre de dividir un problema grande en pasos pequeños.', 180),
(10102, 101, 2, 'Algoritmos y pseudocódigo', 'Algorithms and pseudocode',
'Un algoritmo es una lista finita de pasos ordenados que resuelve un problema. Lo usas a diario sin darte cuenta: las instrucciones para montar un mueble o el camino para llegar a una oficina son algoritmos.

Antes de escribir código conviene describir la solución en pseudocódigo: frases sencillas en tu propio idioma que siguen la estructura de un programa, sin preocuparte todavía por las reglas del lenguaje. Por ejemplo, para calcular el precio final de una compra con IVA:

- Pedir el precio sin IVA.
- Multiplicar el precio por 1,21.
- Mostrar el resultado redondeado a dos decimales.

Y para decidir si una persona puede inscribirse en un curso:

- Pedir la edad.
- Si la edad es 16 o más, mostrar "Puedes inscribirte".
- Si no, mostrar "Todavía no puedes inscribirte".

Un buen algoritmo cumple tres condiciones: cada paso es claro y no admite dos interpretaciones, los pasos están en el orden correcto y el proceso termina. Si un paso dice "repetir hasta que esté bien" sin explicar qué significa "bien", el algoritmo no es válido.

Un consejo práctico: antes de programar, prueba tu pseudocódigo "a mano" con un par de ejemplos. Si con un precio de 100 euros obtienes 121, vas por buen camino. Esta costumbre te ahorrará muchos errores más adelante, porque es más fácil corregir una idea en papel que un programa ya escrito.', 200),
(10103, 101, 3, 'Tu primer programa en Python', 'Your first Python program',
'Para empezar no hace falta instalar nada: hay editores de Python gratuitos que funcionan en el navegador. Si prefieres tenerlo en tu ordenador, descarga Python desde su web oficial, python.org, e instala también un editor sencillo como Thonny, pensado para principiantes.

El primer programa clásico muestra un saludo en pantalla:

print("Hola, mundo")

print es una función, es decir, una orden con nombre que ya viene incluida en Python. Entre paréntesis va lo que queremos mostrar, y las comillas indican que se trata de un texto. Al ejecutar el programa aparecerá en pantalla: Hola, mundo.

Puedes escribir varias instrucciones, una por línea, y Python las ejecutará de arriba abajo:

print("Bienvenida al curso")
print("Hoy aprenderemos a programar")

Es normal equivocarse. Si olvidas cerrar las comillas o el paréntesis, Python mostrará un mensaje de error, normalmente con la palabra SyntaxError y el número de línea donde encontró el problema. Un error no es un fracaso: es el ordenador diciéndote qué no ha entendido. Lee el mensaje con calma, ve a la línea indicada y revisa:
- Que las comillas se abren y se cierran.
- Que cada paréntesis abierto tiene su cierre.
- Que las palabras están bien escritas: print en minúsculas, no Print.

Ejercicio: escribe un programa que muestre tu nombre en una línea y tu ciudad en la siguiente.', 220),
(10201, 102, 1, 'Variables: dar nombre a los datos', 'Variables: naming your data',
'Una variable es un nombre que guarda un dato para usarlo más tarde. Imagina una caja con una etiqueta: la etiqueta es el nombre y lo que hay dentro es el valor. En Python se crea una variable con el signo igual:

nombre = "Lucía"
edad = 45

Aquí el signo igual no significa "es igual a", como en matemáticas, sino "guarda en". Se lee: guarda el texto Lucía en la variable nombre. A partir de ese momento puedes usar la variable en lugar del dato:

print(nombre)

Eso muestra Lucía, sin comillas. Fíjate en la diferencia: print("nombre") mostraría la palabra nombre, porque entre comillas es un texto literal.

Las variables pueden cambiar de valor. Si escribes edad = 46 más abajo, la caja edad pasa a contener 46 y el valor anterior se pierde. También se puede calcular un valor nuevo a partir del anterior: edad = edad + 1.

Reglas para poner nombres:
- Solo letras, números y el guion bajo; no pueden empezar por número.
- Sin espacios: usa precio_final, no precio final.
- Python distingue mayúsculas y minúsculas: Edad y edad son variables distintas.

Elige nombres que expliquen su contenido. total_factura se entiende sin más; x obliga a adivinar. Dentro de unos meses, quien lea tu código (quizá tú) lo agradecerá.', 200),
(10202, 102, 2, 'Tipos de datos: números, textos y verdadero o falso', 'Data types: numbers, text and true or false',
'Cada dato tiene un tipo, y el tipo decide qué se puede hacer con él. Los más usados en Python son:
- int: números enteros, como 7 o -20.
- float: números con decimales, que se escriben con punto: 3.5 o 19.99.
- str: textos, siempre entre comillas: "Toledo".
- bool: verdadero o falso, que se escriben True y False.

Con los números se hacen las operaciones de siempre: suma (+), resta (-), multiplicación (*) y división (/). Además, // da la división entera y % el resto. Por ejemplo, 17 // 5 vale 3 y 17 % 5 vale 2. El resto es muy útil: un número es par si numero % 2 vale 0.

Con los textos también se puede usar el signo +, pero en lugar de sumar, los une: "Buenos " + "días" da "Buenos días". Sin embargo, no se pueden mezclar tipos sin más: "Tengo " + 45 produce un error TypeError, porque Python no sabe unir un texto con un número.

Para saber el tipo de un dato, usa type:

print(type(19.99))

Eso muestra float. Y para convertir de un tipo a otro existen int(), float() y str(). Por ejemplo, str(45) convierte el número en el texto "45", y así "Tengo " + str(45) funciona.

Los valores True y False aparecen cuando comparamos: 5 > 3 vale True. Los usaremos mucho para tomar decisiones en el siguiente módulo.', 200),
(10203, 102, 3, 'Pedir datos y mostrar resultados', 'Asking for data and showing results',
'Un programa resulta útil cuando trabaja con los datos de quien lo usa. La función input muestra una pregunta y espera a que la persona escriba algo y pulse Intro:

nombre = input("¿Cómo te llamas? ")

Lo que se escriba queda guardado en la variable nombre. Atención: input siempre devuelve un texto, aunque la persona escriba un número. Si necesitas calcular, convierte el dato:

horas = int(input("¿Cuántas horas has trabajado? "))
precio = float(input("¿Precio por hora? "))

Para mostrar resultados que mezclan texto y variables, lo más cómodo son las cadenas f: se pone una f antes de las comillas y las variables entre llaves.

total = horas * precio
print(f"{nombre}, has ganado {total} euros")

Si quieres dos decimales, escribe {total:.2f} dentro de las llaves.

Un programa completo sigue casi siempre este esquema:
- Entrada: pedir los datos.
- Proceso: hacer los cálculos.
- Salida: mostrar el resultado de forma clara.

Ejercicio: escribe un programa que pida el precio de un producto sin IVA y muestre el precio con el 21 % de IVA. Pruébalo con 100; debería salir 121.0. Después pruébalo escribiendo una palabra en lugar de un número: verás un error ValueError, porque int o float no pueden convertir ese texto. Más adelante aprenderás a controlarlo.', 200),
(10301, 103, 1, 'Tomar decisiones con if', 'Making decisions with if',
'Los programas no siempre hacen lo mismo: a menudo deben elegir un camino según los datos. Para eso está la instrucción if, que significa "si":

edad = int(input("Edad: "))
if edad >= 16:
    print("Puedes inscribirte")
else:
    print("Todavía no puedes inscribirte")

Fíjate en tres detalles. La condición termina con dos puntos. Las líneas que dependen de ella van sangradas con cuatro espacios; esa sangría no es decoración, es la forma en que Python sabe qué instrucciones están dentro del if. Y else, que significa "si no", recoge todos los demás casos.

Las condiciones usan operadores de comparación:
- == igual a (dos signos igual; uno solo sirve para asignar)
- != distinto de
- > mayor que y < menor que
- >= mayor o igual y <= menor o igual

Cuando hay más de dos caminos se usa elif, abreviatura de "else if". Por ejemplo, para calificar una nota: if nota >= 9 muestra "Sobresaliente", elif nota >= 5 muestra "Aprobado" y else muestra "Suspenso". Python comprueba las condiciones en orden y ejecuta solo la primera que se cumple.

Se pueden combinar condiciones con and (se cumplen las dos), or (se cumple al menos una) y not (lo contrario). Por ejemplo: if edad >= 16 and plazas > 0.', 200),
(10302, 103, 2, 'Repetir con while', 'Repeating with while',
'Muchas tareas consisten en repetir algo: pedir una contraseña hasta que sea correcta, contar hasta diez o sumar gastos mientras queden tickets. Un bucle es un bloque de instrucciones que se repite. El bucle while repite mientras su condición sea verdadera:

contador = 1
while contador <= 5:
    print(contador)
    contador = contador + 1

Este programa muestra los números del 1 al 5. En cada vuelta comprueba la condición; cuando contador vale 6, la condición es falsa y el bucle termina.

La línea contador = contador + 1 es esencial. Si la olvidas, contador siempre vale 1, la condición nunca deja de cumplirse y el programa se queda repitiendo sin fin: es un bucle infinito. Si te ocurre, detén el programa con el botón de parar del editor o con Ctrl+C.

while es ideal cuando no sabes de antemano cuántas vueltas harán falta. Por ejemplo, para pedir un dato hasta que sea válido:

clave = input("Contraseña: ")
while clave != "conecta2024":
    print("Incorrecta, prueba otra vez")
    clave = input("Contraseña: ")
print("Acceso concedido")

Antes de escribir un while, hazte tres preguntas:
- ¿Qué condición mantiene el bucle en marcha?
- ¿Qué cambia en cada vuelta para que algún día termine?
- ¿Qué debe pasar después de salir del bucle?', 200),
(10303, 103, 3, 'Listas y el bucle for', 'Lists and the for loop',
'Una lista guarda varios datos en una sola variable, en orden. Se escribe entre corchetes, con los elementos separados por comas:

gastos = [12.5, 40, 7.25, 18]

Cada elemento tiene una posición, llamada índice, que empieza a contar en 0: gastos[0] vale 12.5 y gastos[3] vale 18. Algunas operaciones útiles:
- len(gastos) da el número de elementos, aquí 4.
- gastos.append(9.9) añade un elemento al final.
- sum(gastos) suma todos los números de la lista.

El bucle for recorre una lista elemento a elemento, sin que tengas que llevar la cuenta:

for gasto in gastos:
    print(f"Gasto: {gasto} euros")

En cada vuelta, la variable gasto toma el siguiente valor de la lista. Es más cómodo y seguro que un while, porque termina solo al acabar la lista.

Para repetir un número fijo de veces se usa range. range(5) produce los números 0, 1, 2, 3 y 4; range(1, 6) produce del 1 al 5, porque el último número no se incluye.

for numero in range(1, 11):
    print(f"7 x {numero} = {7 * numero}")

Este programa muestra la tabla de multiplicar del 7. Regla práctica: usa for cuando sepas cuántas vueltas dar o tengas una lista que recorrer, y while cuando dependa de algo que ocurra durante la ejecución.', 200),
(10401, 104, 1, 'Funciones: bloques reutilizables', 'Functions: reusable blocks',
'Cuando un mismo cálculo aparece en varios sitios, conviene convertirlo en una función: un bloque de código con nombre que puedes usar tantas veces como quieras. Ya conoces funciones de Python como print, input o len; ahora aprenderás a crear las tuyas con la palabra def:

def precio_con_iva(precio):
    return precio * 1.21

La primera línea da nombre a la función y, entre paréntesis, indica los parámetros: los datos que necesita para trabajar. return devuelve el resultado a quien llamó a la función. Para usarla basta con escribir su nombre con un valor concreto, llamado argumento:

total = precio_con_iva(50)
print(total)

Eso muestra 60.5. Una función puede tener varios parámetros separados por comas, por ejemplo def precio_final(precio, descuento).

Ventajas de usar funciones:
- Evitas repetir código: si el IVA cambia, lo corriges en un solo lugar.
- El programa se lee mejor, porque cada función tiene un nombre que explica lo que hace.
- Puedes probar cada parte por separado.

No confundas return con print. print solo muestra un valor en pantalla; return lo entrega para que el resto del programa pueda guardarlo en una variable o seguir calculando con él. Una función sin return devuelve un valor especial llamado None.

Ejercicio: escribe una función que reciba un número de horas y devuelva los minutos equivalentes.', 220),
(10402, 104, 2, 'Errores y depuración', 'Errors and debugging',
'Todos los programas tienen errores al principio, también los de profesionales con años de experiencia. Depurar es encontrarlos y corregirlos con método. Hay tres grandes tipos:
- Errores de sintaxis: el código no respeta las reglas del lenguaje, como un paréntesis sin cerrar. Python no llega a ejecutar nada y avisa con SyntaxError.
- Errores de ejecución: el código es correcto, pero algo falla al ejecutarlo, como dividir entre cero (ZeroDivisionError) o convertir "hola" en número (ValueError).
- Errores lógicos: el programa funciona sin quejarse, pero el resultado es incorrecto, por ejemplo porque multiplicaste por 0.21 en lugar de por 1.21.

Los mensajes de error se leen de abajo arriba: la última línea dice qué tipo de error es y por qué, y las de encima indican en qué línea ocurrió.

Los errores lógicos son los más difíciles porque no hay mensaje. Para encontrarlos:
- Prueba con datos cuyo resultado conoces de antemano.
- Añade print temporales para ver cuánto valen las variables en cada paso.
- Explica el código en voz alta, línea a línea; a menudo el error aparece al hacerlo.

Los errores de ejecución previsibles se pueden controlar con try y except. Dentro de try va la instrucción que puede fallar, como int(input("Edad: ")), y dentro de except ValueError va lo que debe hacerse si falla, por ejemplo mostrar "Escribe un número". Así el programa no se detiene de golpe.', 180),
(10403, 104, 3, 'Buenas prácticas y tu siguiente paso', 'Good practice and your next step',
'Un programa no solo debe funcionar: también debe poder leerlo y modificarlo otra persona, o tú misma dentro de seis meses. Estas costumbres marcan la diferencia en cualquier equipo de trabajo:
- Nombres claros: horas_trabajadas mejor que h.
- Comentarios: una línea que empieza por # es un comentario que Python ignora. Úsalos para explicar por qué haces algo, no para repetir lo que el código ya dice.
- Funciones pequeñas que hagan una sola cosa.
- Probar a menudo: ejecuta el programa cada pocas líneas en lugar de escribirlo todo de golpe.
- Guardar versiones: herramientas como Git permiten volver atrás si algo se estropea.

Cuando te atasques, buscar ayuda forma parte del oficio. Copia el mensaje de error en un buscador, consulta la documentación oficial de Python o pregunta en foros de la comunidad. Explica qué intentabas hacer, qué esperabas que pasara y qué pasó en realidad.

Para afianzar lo aprendido, proponte un proyecto pequeño y útil para ti. Algunas ideas:
- Un conversor de unidades (kilómetros a millas, euros a dólares).
- Un control de gastos que pida importes y muestre el total y la media.
- Un juego de adivinar un número, usando random.randint para elegirlo al azar.

Con estos fundamentos puedes seguir hacia el análisis de datos, la automatización de tareas de oficina o el desarrollo web. Lo importante es programar un poco cada semana: la práctica constante vale más que las sesiones largas y esporádicas.', 200);

INSERT INTO quiz (id, module_id, title_es, title_en) VALUES
(101, 101, 'Cuestionario: Pensar como quien programa', 'Quiz: Thinking like a programmer'),
(102, 102, 'Cuestionario: Datos y variables', 'Quiz: Data and variables'),
(103, 103, 'Cuestionario: Decisiones y repeticiones', 'Quiz: Decisions and loops'),
(104, 104, 'Cuestionario: Funciones y buenas prácticas', 'Quiz: Functions and good practice');

INSERT INTO quiz_question (id, quiz_id, position, prompt_es, explanation_es) VALUES
(10101, 101, 1, '¿Qué describe mejor la tarea de programar?',
 'El ordenador no interpreta intenciones: ejecuta exactamente las instrucciones que recibe y en el orden indicado.'),
(10102, 101, 2, '¿Para qué sirve el pseudocódigo?',
 'El pseudocódigo permite pensar y revisar la solución sin preocuparse todavía por las reglas de un lenguaje concreto.'),
(10103, 101, 3, '¿Qué hace la instrucción print("Hola, mundo") en Python?',
 'print es la función de Python que muestra en pantalla lo que se pone entre paréntesis.'),
(10104, 101, 4, 'Python muestra un SyntaxError en la línea 3. ¿Qué es lo más sensato?',
 'El mensaje de error indica la línea donde Python no entendió algo; casi siempre es una comilla o un paréntesis sin cerrar o una palabra mal escrita.'),
(10201, 102, 1, 'Tras ejecutar edad = 45 y después edad = edad + 1, ¿cuánto vale edad?',
 'El signo igual asigna: calcula edad + 1 con el valor que había (45) y guarda el resultado, 46, en la misma variable.'),
(10202, 102, 2, '¿Cuánto vale 17 % 5 en Python?',
 'El operador % devuelve el resto de la división entera: 17 entre 5 da 3 y sobran 2.'),
(10203, 102, 3, '¿Qué ocurre con "Tengo " + 45?',
 'Python no mezcla tipos de forma automática; hay que convertir el número con str(45) para unirlo al texto.'),
(10204, 102, 4, '¿Qué tipo de dato devuelve siempre la función input?',
 'input devuelve siempre un texto; para calcular hay que convertirlo con int() o float().'),
(10301, 103, 1, '¿Qué diferencia hay entre = y == en Python?',
 'Un signo igual asigna un valor; dos signos igual preguntan si dos valores son iguales y dan True o False.'),
(10302, 103, 2, '¿Por qué es importante la sangría de cuatro espacios bajo un if?',
 'En Python la sangría forma parte de la sintaxis: las líneas sangradas bajo el if son las que se ejecutan cuando se cumple la condición.'),
(10303, 103, 3, 'Un bucle while no termina nunca. ¿Cuál es la causa más probable?',
 'Si la variable de la condición no se actualiza en cada vuelta, la condición sigue siendo verdadera para siempre y se produce un bucle infinito.'),
(10304, 103, 4, '¿Qué números produce range(1, 6)?',
 'range incluye el primer número y excluye el último, así que range(1, 6) produce 1, 2, 3, 4 y 5.'),
(10305, 103, 5, 'Con gastos = [12.5, 40, 7.25, 18], ¿cuánto vale gastos[1]?',
 'Los índices empiezan en 0: gastos[0] es 12.5 y gastos[1] es 40.'),
(10401, 104, 1, '¿Qué hace la palabra return dentro de una función?',
 'return entrega el resultado; después puede guardarse en una variable o usarse en otro cálculo. print solo lo muestra.'),
(10402, 104, 2, 'Un programa calcula el IVA sin mostrar ningún error, pero el total sale mal. ¿Qué tipo de error es?',
 'Los errores lógicos no producen mensajes: el programa se ejecuta, pero la lógica del cálculo es incorrecta.'),
(10403, 104, 3, '¿Para qué sirve una línea que empieza por # en Python?',
 'Los comentarios ayudan a entender el código y no afectan a la ejecución.'),
(10404, 104, 4, '¿Qué instrucciones permiten controlar un ValueError al convertir un texto en número?',
 'El código que puede fallar va dentro de try; si se produce el error indicado, se ejecuta el bloque except en lugar de detener el programa.');

INSERT INTO quiz_option (id, question_id, position, text_es, correct) VALUES
(101011, 10101, 1, 'Pedir al ordenador que adivine lo que queremos hacer.', FALSE),
(101012, 10101, 2, 'Memorizar fórmulas matemáticas complejas.', FALSE),
(101013, 10101, 3, 'Instalar programas en el ordenador.', FALSE),
(101014, 10101, 4, 'Escribir instrucciones precisas y ordenadas para que el ordenador realice una tarea.', TRUE),
(101021, 10102, 1, 'Para que el programa se ejecute más rápido.', FALSE),
(101022, 10102, 2, 'Para describir los pasos de la solución en lenguaje sencillo antes de escribir el código.', TRUE),
(101023, 10102, 3, 'Es un lenguaje que solo entiende el ordenador.', FALSE),
(101024, 10102, 4, 'Para ocultar el código a otras personas.', FALSE),
(101031, 10103, 1, 'Muestra el texto Hola, mundo en la pantalla.', TRUE),
(101032, 10103, 2, 'Imprime el texto en papel.', FALSE),
(101033, 10103, 3, 'Guarda el texto en un archivo.', FALSE),
(101034, 10103, 4, 'Pide a la persona usuaria que escriba Hola, mundo.', FALSE),
(101041, 10104, 1, 'Borrar el programa y empezar de cero.', FALSE),
(101042, 10104, 2, 'Ignorarlo, porque el programa funcionará igual.', FALSE),
(101043, 10104, 3, 'Revisar la línea 3: comillas, paréntesis y palabras mal escritas.', TRUE),
(101044, 10104, 4, 'Reinstalar Python.', FALSE),
(102011, 10201, 1, '45', FALSE),
(102012, 10201, 2, '46', TRUE),
(102013, 10201, 3, '451', FALSE),
(102014, 10201, 4, 'Da error, porque edad no puede ser igual a edad + 1.', FALSE),
(102021, 10202, 1, '3', FALSE),
(102022, 10202, 2, '3.4', FALSE),
(102023, 10202, 3, '2', TRUE),
(102024, 10202, 4, '85', FALSE),
(102031, 10203, 1, 'Muestra Tengo 45.', FALSE),
(102032, 10203, 2, 'Muestra 45.', FALSE),
(102033, 10203, 3, 'Da un error TypeError porque no se puede unir un texto con un número sin convertirlo.', TRUE),
(102034, 10203, 4, 'Suma 45 a la longitud del texto.', FALSE),
(102041, 10204, 1, 'Un número entero (int).', FALSE),
(102042, 10204, 2, 'Un texto (str).', TRUE),
(102043, 10204, 3, 'Un número decimal (float).', FALSE),
(102044, 10204, 4, 'Un valor True o False.', FALSE),
(103011, 10301, 1, 'Son equivalentes y se pueden usar indistintamente.', FALSE),
(103012, 10301, 2, '= compara y == asigna.', FALSE),
(103013, 10301, 3, '== solo se usa con textos.', FALSE),
(103014, 10301, 4, '= guarda un valor en una variable; == compara si dos valores son iguales.', TRUE),
(103021, 10302, 1, 'Indica a Python qué instrucciones dependen de la condición.', TRUE),
(103022, 10302, 2, 'Solo sirve para que el código sea más bonito.', FALSE),
(103023, 10302, 3, 'Hace que el programa se ejecute más deprisa.', FALSE),
(103024, 10302, 4, 'Es obligatoria solo en la primera línea del programa.', FALSE),
(103031, 10303, 1, 'Dentro del bucle no cambia nada que haga falsa la condición.', TRUE),
(103032, 10303, 2, 'La lista está vacía.', FALSE),
(103033, 10303, 3, 'Falta la palabra else.', FALSE),
(103034, 10303, 4, 'Se ha usado range en lugar de una lista.', FALSE),
(103041, 10304, 1, 'Del 1 al 6.', FALSE),
(103042, 10304, 2, 'Del 1 al 5.', TRUE),
(103043, 10304, 3, 'Del 0 al 5.', FALSE),
(103044, 10304, 4, 'Del 0 al 6.', FALSE),
(103051, 10305, 1, '12.5', FALSE),
(103052, 10305, 2, '40', TRUE),
(103053, 10305, 3, '7.25', FALSE),
(103054, 10305, 4, '4', FALSE),
(104011, 10401, 1, 'Muestra el resultado en pantalla.', FALSE),
(104012, 10401, 2, 'Repite la función desde el principio.', FALSE),
(104013, 10401, 3, 'Termina el programa completo.', FALSE),
(104014, 10401, 4, 'Devuelve un valor a quien llamó a la función para que pueda usarlo.', TRUE),
(104021, 10402, 1, 'Un error de sintaxis.', FALSE),
(104022, 10402, 2, 'Un error de ejecución.', FALSE),
(104023, 10402, 3, 'Un error lógico.', TRUE),
(104024, 10402, 4, 'No es un error, porque Python no se ha quejado.', FALSE),
(104031, 10403, 1, 'Para importar una función.', FALSE),
(104032, 10403, 2, 'Para marcar la primera línea del programa.', FALSE),
(104033, 10403, 3, 'Para detener la ejecución.', FALSE),
(104034, 10403, 4, 'Es un comentario: una nota para personas que Python ignora.', TRUE),
(104041, 10404, 1, 'try y except', TRUE),
(104042, 10404, 2, 'if y else', FALSE),
(104043, 10404, 3, 'while y break', FALSE),
(104044, 10404, 4, 'def y return', FALSE);

-- Course 2: videojuegos (30 h = 1800 min)
INSERT INTO course_module (id, course_id, position, title_es, title_en) VALUES
(201, 2, 1, 'Qué es un videojuego y quién lo hace', 'What a video game is and who makes it'),
(202, 2, 2, 'Mecánicas, niveles y narrativa', 'Mechanics, levels and narrative'),
(203, 2, 3, 'Prototipos y pruebas', 'Prototypes and playtesting');

INSERT INTO lesson (id, module_id, position, title_es, title_en, body_es, nominal_minutes) VALUES
(20101, 201, 1, 'Juegos, reglas y objetivos', 'Games, rules and goals',
'Antes de diseñar un videojuego conviene entender qué es un juego. Casi todos, del parchís a un juego de móvil, comparten los mismos elementos:
- Un objetivo: lo que hay que conseguir para ganar o avanzar, como llegar a la meta o reunir cien monedas.
- Reglas: lo que se puede y no se puede hacer. En el parchís, sacar un cinco para salir de casa.
- Un desafío: algo que se opone al jugador, ya sea el azar, un rival o el tiempo.
- Retroalimentación: señales que indican si lo estás haciendo bien, como un sonido al acertar o una barra de vida que baja.

El diseño de videojuegos consiste en decidir estos elementos para provocar una experiencia concreta: tensión, curiosidad, calma o ganas de competir.

Un modelo muy usado en la profesión para pensar en ello se llama MDA, por sus siglas en inglés: Mecánicas, Dinámicas y Estética. Las mecánicas son las reglas y acciones disponibles (saltar, disparar, comprar). Las dinámicas son lo que ocurre cuando el jugador usa esas mecánicas (esconderse, arriesgar, ahorrar). La estética es la emoción resultante (miedo, diversión, orgullo).

Quien diseña solo controla directamente las mecánicas, pero piensa siempre en la emoción final. Un ejemplo: si quieres que el jugador sienta prisa, una mecánica posible es un reloj que descuenta segundos.

Ejercicio: elige un juego que conozcas bien, de mesa o digital, y escribe su objetivo, tres reglas y qué emoción te provoca.', 180),
(20102, 201, 2, 'El equipo y las profesiones del sector', 'The team and the jobs in the industry',
'Un videojuego comercial lo hacen equipos que van de dos o tres personas en un estudio independiente a cientos en una gran producción. Conocer los perfiles te ayudará a entender cómo encaja el diseño y qué salidas profesionales existen:
- Diseño de juego: define reglas, sistemas, niveles y equilibrio. Escribe documentos y prueba sin descanso.
- Programación: convierte el diseño en software que funciona en cada plataforma.
- Arte: personajes, escenarios, animaciones e interfaz, en 2D o 3D.
- Sonido y música: efectos, ambientes, voces y banda sonora.
- Narrativa y guion: historia, diálogos y textos del juego.
- Calidad (QA): juega de forma sistemática para encontrar y documentar errores.
- Producción: organiza tareas, plazos y presupuesto.

Además hay perfiles menos conocidos pero muy demandados: localización (traducir y adaptar el juego a otros países), atención a la comunidad de jugadores, análisis de datos de uso y accesibilidad.

En España la industria está formada sobre todo por estudios pequeños y medianos, muchos de ellos independientes. En ellos es habitual que una misma persona cubra varios papeles, por lo que se valora mucho saber comunicarse con otros perfiles.

Tu experiencia previa puede ser útil. Quien viene de la gestión de proyectos encaja en producción; quien viene de la docencia, en el diseño de tutoriales; quien viene de la atención al cliente, en la gestión de comunidades. El diseño no exige saber programar, aunque conocer lo básico facilita mucho el trabajo en equipo.', 200),
(20103, 201, 3, 'La idea y el documento de diseño', 'The concept and the design document',
'Toda idea de juego debe poder explicarse en una o dos frases. A esa descripción breve se le llama concepto o "pitch". Por ejemplo: "Un juego de puzles para móvil en el que una cartera reparte cartas por un pueblo que cambia cada día; partidas de tres minutos para jugar en el autobús".

Un buen concepto responde a cuatro preguntas:
- ¿Qué hace el jugador la mayor parte del tiempo?
- ¿Para quién es el juego? Edad, experiencia y gustos del público.
- ¿En qué plataforma se juega? Móvil, ordenador, consola o navegador.
- ¿Qué lo hace diferente de otros parecidos?

Cuando la idea convence, se redacta un documento de diseño, conocido como GDD (Game Design Document). Es la referencia común para todo el equipo y suele incluir el concepto, las mecánicas con sus reglas detalladas, los controles, la estructura de niveles, los personajes, el estilo visual y sonoro, y la interfaz.

Hoy se prefieren documentos vivos y breves: una wiki o un documento compartido que se actualiza a medida que el juego cambia, con esquemas e imágenes en lugar de páginas y páginas de texto. Un GDD que nadie lee no sirve de nada.

Consejo para empezar: limita el alcance. Los primeros proyectos fracasan más por ser demasiado grandes que por falta de talento. Un juego pequeño terminado enseña mucho más que uno enorme abandonado a medias.', 200),
(20201, 202, 1, 'Mecánicas y bucle de juego', 'Mechanics and the core loop',
'El bucle de juego, o "core loop", es la secuencia de acciones que el jugador repite una y otra vez. En un juego de plataformas puede ser: correr, saltar obstáculos, recoger monedas y llegar a la meta. En un juego de granja: plantar, esperar, cosechar, vender y comprar mejores semillas. Si ese bucle no resulta divertido, ningún adorno lo arreglará.

Para diseñar buenas mecánicas ten en cuenta:
- Claridad: el jugador debe entender qué puede hacer y qué consecuencias tiene.
- Retroalimentación inmediata: cada acción necesita una respuesta visible o audible, como un destello, un sonido o un número que sube.
- Decisiones interesantes: elegir entre opciones con ventajas e inconvenientes, por ejemplo gastar las monedas ahora o ahorrar para algo mejor.
- Progresión: nuevas habilidades o retos que aparecen poco a poco y mantienen el interés.

Un error frecuente es acumular mecánicas. Es mejor tener pocas y combinarlas de maneras sorprendentes que tener veinte que el jugador apenas usa. Muchos juegos célebres se basan en una idea central, como cambiar la gravedad o rebobinar el tiempo, explorada a fondo.

También hay que equilibrar el juego: que ninguna estrategia sea tan buena que haga inútiles las demás. El equilibrio se ajusta probando, cambiando números (daño, precios, tiempos) y volviendo a probar.

Ejercicio: describe el bucle de juego de un juego que conozcas en cuatro o cinco pasos y señala dónde aparece la retroalimentación.', 200),
(20202, 202, 2, 'Diseño de niveles y curva de dificultad', 'Level design and the difficulty curve',
'Un nivel es el espacio y la situación en que se aplican las mecánicas. Diseñarlo bien consiste en enseñar, poner a prueba y sorprender, en ese orden.

La curva de dificultad describe cómo aumenta el reto a lo largo del juego. Si sube demasiado rápido, el jugador se frustra y abandona; si no sube, se aburre. Se busca el llamado estado de flujo, en el que el desafío está justo a la altura de la habilidad y se pierde la noción del tiempo. Por eso la dificultad suele subir en forma de dientes de sierra: un tramo exigente, un respiro, y un nuevo tramo algo más difícil.

Una técnica clásica para presentar una mecánica nueva tiene cuatro pasos:
- Presentarla en un lugar seguro, donde equivocarse no cuesta nada.
- Practicarla con un reto sencillo.
- Combinarla con lo que el jugador ya sabe.
- Ponerla a prueba en un desafío final.

Así el nivel hace de tutorial sin necesidad de largas explicaciones escritas.

Los buenos niveles también guían sin palabras. La luz, el color o un objeto llamativo atraen la mirada hacia el camino correcto. Un pasillo estrecho transmite tensión; una sala amplia, calma o peligro a la vista.

Antes de construir un nivel en el ordenador, dibújalo en papel cuadriculado: marca el inicio, la meta, los obstáculos y los momentos de descanso. Es rápido, barato y permite detectar problemas de ritmo antes de invertir horas de trabajo.', 200),
(20203, 202, 3, 'Narrativa y personajes', 'Narrative and characters',
'No todos los juegos necesitan una historia, pero casi todos se benefician de un contexto que dé sentido a lo que hace el jugador. Saltar plataformas es más motivador si sabes que vas a rescatar a alguien o a escapar de un lugar.

En los videojuegos la narrativa llega por varias vías:
- Narrativa explícita: escenas, diálogos y textos que cuentan la historia directamente.
- Narrativa ambiental: el escenario cuenta lo ocurrido, como una casa con muebles volcados y una puerta forzada.
- Narrativa emergente: historias que nacen de las decisiones del jugador y de las reglas, sin que nadie las haya escrito.

La diferencia con el cine o la novela es la interactividad: el jugador no solo observa, actúa. Por eso se recomienda "mostrar haciendo": en lugar de explicar en un texto que el protagonista es valiente, hacer que el jugador tome decisiones valientes.

Para crear personajes memorables, define qué quieren, qué les impide conseguirlo y cómo cambian a lo largo del juego. Cuida también la diversidad: público de todas las edades y orígenes quiere verse representado.

Si el juego tiene decisiones que cambian la historia, dibuja un diagrama de ramas antes de escribir. Cada rama multiplica el trabajo, así que es habitual que los caminos se separen y vuelvan a unirse en puntos clave.

Ejercicio: escribe en cinco líneas la premisa de un juego: quién es el protagonista, qué quiere, qué se lo impide, dónde ocurre y cómo termina si gana.', 180),
(20301, 203, 1, 'Prototipos en papel', 'Paper prototypes',
'Un prototipo es una versión rápida y tosca del juego que sirve para comprobar si una idea funciona. Lo más barato es hacerlo en papel: con tarjetas, dados, fichas y una hoja cuadriculada puedes probar muchas mecánicas sin escribir una sola línea de código.

Cómo hacer un prototipo en papel:
- Elige la pregunta que quieres responder, por ejemplo: ¿es divertido gestionar la energía del personaje?
- Prepara solo el material imprescindible: un tablero dibujado, fichas para los personajes y tarjetas para los objetos.
- Escribe las reglas en una sola hoja.
- Juega tú y después pide a otras personas que jueguen.
- Anota qué funciona, qué confunde y qué aburre.

Si el juego es en tiempo real, una persona puede hacer de "ordenador" y mover a los enemigos según reglas fijas. No es perfecto, pero basta para detectar problemas de ritmo o de equilibrio.

La gran ventaja del papel es que cambiar una regla cuesta segundos: tachas y vuelves a jugar. En el ordenador, el mismo cambio puede costar horas. Por eso muchos estudios prueban en papel incluso juegos que acabarán siendo digitales.

No te enamores del prototipo: está hecho para tirarlo. Su valor está en lo que aprendes, no en lo bonito que quede. Si una idea no funciona en papel, es una buena noticia haberlo descubierto pronto.

Ejercicio: crea un prototipo en papel de un juego de laberinto en una hoja cuadriculada, con una regla de movimiento y una de peligro, y juega tres partidas.', 220),
(20302, 203, 2, 'Herramientas gratuitas para crear juegos', 'Free tools for making games',
'Cuando la idea funciona en papel, llega el momento de llevarla al ordenador. No hace falta invertir dinero: existen herramientas gratuitas de gran calidad, cada una adecuada a un nivel distinto.
- Scratch: creado por el MIT, funciona en el navegador y se programa encajando bloques visuales. Ideal para dar los primeros pasos y entender la lógica de un juego.
- GDevelop: motor gratuito y de código abierto para juegos 2D que se programa con "eventos", es decir, reglas del tipo "si el jugador toca una moneda, suma un punto". No requiere escribir código.
- Godot: motor gratuito y de código abierto, muy usado por estudios independientes, para 2D y 3D. Utiliza un lenguaje propio, GDScript, parecido a Python.
- Twine: herramienta gratuita para crear historias interactivas con enlaces y decisiones, perfecta para probar narrativas ramificadas.

Un motor de juego es un programa que ya resuelve las tareas comunes: dibujar en pantalla, detectar choques entre objetos, reproducir sonido o leer el teclado y el mando. Así puedes centrarte en el diseño.

Para los gráficos y sonidos de tus prototipos puedes usar recursos con licencias libres que permiten su uso gratuito. Lee siempre la licencia: algunas exigen citar a la autora o impiden el uso comercial.

Elige una herramienta y sigue su tutorial oficial de principio a fin antes de empezar tu proyecto. Saltar de una herramienta a otra es una de las formas más comunes de no terminar nunca nada.', 200),
(20303, 203, 3, 'Probar con jugadores y mejorar', 'Playtesting and iterating',
'Quien diseña un juego es la peor persona para juzgar si se entiende, porque ya sabe cómo funciona. Por eso se hacen pruebas con jugadores, conocidas como "playtesting": personas que no conocen el juego lo juegan mientras tú observas.

Cómo organizar una sesión de prueba:
- Define qué quieres averiguar: si se entiende el primer nivel, si la dificultad es adecuada, si el final emociona.
- Busca jugadores del público al que va dirigido el juego, no solo amistades que son jugadoras expertas.
- Explica lo mínimo y pide que piensen en voz alta mientras juegan.
- No ayudes ni justifiques el diseño: si alguien se atasca, anota dónde y por qué.
- Al terminar, haz preguntas abiertas: ¿qué fue lo más confuso?, ¿cuándo te divertiste más?

Observa lo que hacen más que lo que dicen. Si cinco personas se pierden en el mismo punto, el problema es del nivel, no de ellas.

Con lo aprendido se modifica el juego y se vuelve a probar. Este ciclo de diseñar, probar, analizar y ajustar se llama iteración, y es el corazón del diseño de videojuegos.

Incluye la accesibilidad desde el principio: subtítulos, controles que se pueden cambiar, opciones para personas daltónicas y niveles de dificultad. Son cambios sencillos si se planifican pronto y permiten que mucha más gente disfrute del juego.

Al terminar el curso, tu reto es completar un juego pequeño: un nivel, una mecánica bien resuelta y una prueba con al menos tres personas.', 220);

INSERT INTO quiz (id, module_id, title_es, title_en) VALUES
(201, 201, 'Cuestionario: Qué es un videojuego y quién lo hace', 'Quiz: What a video game is and who makes it'),
(202, 202, 'Cuestionario: Mecánicas, niveles y narrativa', 'Quiz: Mechanics, levels and narrative'),
(203, 203, 'Cuestionario: Prototipos y pruebas', 'Quiz: Prototypes and playtesting');

INSERT INTO quiz_question (id, quiz_id, position, prompt_es, explanation_es) VALUES
(20101, 201, 1, 'Según el modelo MDA, ¿qué son las mecánicas de un juego?',
 'En el modelo MDA las mecánicas son las reglas y acciones; las dinámicas surgen al usarlas y la estética es la emoción resultante.'),
(20102, 201, 2, '¿Qué perfil se encarga de jugar de forma sistemática para encontrar y documentar errores?',
 'El equipo de calidad o QA prueba el juego de forma metódica y registra los errores para que se corrijan.'),
(20103, 201, 3, '¿Qué es el GDD?',
 'El Game Design Document reúne concepto, mecánicas, niveles, personajes y estilo para que todo el equipo trabaje con la misma referencia.'),
(20104, 201, 4, '¿Cuál es el consejo más útil para un primer proyecto de videojuego?',
 'Los proyectos primerizos suelen fracasar por exceso de ambición; terminar un juego pequeño enseña el proceso completo.'),
(20201, 202, 1, '¿Qué es el bucle de juego o "core loop"?',
 'El core loop es el ciclo de acciones básicas del juego; si no resulta divertido, el resto del juego tampoco lo será.'),
(20202, 202, 2, '¿Qué ocurre si la dificultad sube demasiado rápido?',
 'Cuando el reto supera mucho la habilidad del jugador aparece la frustración; se busca un aumento gradual con momentos de respiro.'),
(20203, 202, 3, '¿Cuál es el primer paso para presentar una mecánica nueva en un nivel?',
 'Primero se presenta sin riesgo, después se practica, se combina con lo conocido y por último se pone a prueba.'),
(20204, 202, 4, 'Una habitación con muebles volcados y una puerta forzada que sugiere un robo es un ejemplo de...',
 'La narrativa ambiental cuenta la historia a través del propio escenario, sin diálogos ni textos.'),
(20301, 203, 1, '¿Cuál es la principal ventaja de un prototipo en papel?',
 'En papel se tacha una regla y se vuelve a jugar; en el ordenador el mismo cambio puede costar horas.'),
(20302, 203, 2, '¿Qué herramienta es más adecuada para crear una historia interactiva con decisiones y enlaces?',
 'Twine está pensada para crear historias interactivas y ramificadas con enlaces entre fragmentos de texto.'),
(20303, 203, 3, 'Durante una prueba con jugadores, alguien se atasca en un puzle. ¿Qué debes hacer?',
 'El objetivo es observar cómo se juega sin ayuda; si intervienes, pierdes la información que necesitas para mejorar el diseño.'),
(20304, 203, 4, '¿Qué es la iteración en el diseño de videojuegos?',
 'El diseño mejora en ciclos: cada prueba aporta información que se usa para ajustar el juego y volver a probar.');

INSERT INTO quiz_option (id, question_id, position, text_es, correct) VALUES
(201011, 20101, 1, 'Las emociones que siente el jugador.', FALSE),
(201012, 20101, 2, 'Las reglas y acciones disponibles, como saltar o comprar.', TRUE),
(201013, 20101, 3, 'Los gráficos y la música.', FALSE),
(201014, 20101, 4, 'El precio y la plataforma de venta.', FALSE),
(201021, 20102, 1, 'Producción', FALSE),
(201022, 20102, 2, 'Narrativa', FALSE),
(201023, 20102, 3, 'Calidad (QA)', TRUE),
(201024, 20102, 4, 'Localización', FALSE),
(201031, 20103, 1, 'El documento de diseño que sirve de referencia común al equipo.', TRUE),
(201032, 20103, 2, 'Un motor gráfico gratuito.', FALSE),
(201033, 20103, 3, 'Una tienda digital de videojuegos.', FALSE),
(201034, 20103, 4, 'Un tipo de mando de consola.', FALSE),
(201041, 20104, 1, 'Hacer un juego muy grande para que destaque.', FALSE),
(201042, 20104, 2, 'Esperar a dominar todas las herramientas antes de empezar.', FALSE),
(201043, 20104, 3, 'Escribir un GDD de cien páginas antes de probar nada.', FALSE),
(201044, 20104, 4, 'Limitar el alcance y terminar un juego pequeño.', TRUE),
(202011, 20201, 1, 'La secuencia de acciones que el jugador repite una y otra vez.', TRUE),
(202012, 20201, 2, 'El menú principal del juego.', FALSE),
(202013, 20201, 3, 'Un error que hace que el juego se reinicie.', FALSE),
(202014, 20201, 4, 'La música que suena de fondo.', FALSE),
(202021, 20202, 1, 'El jugador se aburre.', FALSE),
(202022, 20202, 2, 'El juego se vuelve más equilibrado.', FALSE),
(202023, 20202, 3, 'No tiene ningún efecto.', FALSE),
(202024, 20202, 4, 'El jugador se frustra y puede abandonar.', TRUE),
(202031, 20203, 1, 'Ponerla a prueba en un desafío final difícil.', FALSE),
(202032, 20203, 2, 'Presentarla en un lugar seguro donde equivocarse no cuesta nada.', TRUE),
(202033, 20203, 3, 'Explicarla con un texto largo.', FALSE),
(202034, 20203, 4, 'Combinarla con todas las demás mecánicas.', FALSE),
(202041, 20204, 1, 'narrativa explícita.', FALSE),
(202042, 20204, 2, 'narrativa emergente.', FALSE),
(202043, 20204, 3, 'narrativa ambiental.', TRUE),
(202044, 20204, 4, 'mecánica de juego.', FALSE),
(203011, 20301, 1, 'Tiene mejores gráficos que un prototipo digital.', FALSE),
(203012, 20301, 2, 'Permite probar y cambiar reglas en segundos y casi sin coste.', TRUE),
(203013, 20301, 3, 'Se puede vender directamente en tiendas.', FALSE),
(203014, 20301, 4, 'Evita tener que hacer pruebas con jugadores.', FALSE),
(203021, 20302, 1, 'Scratch', FALSE),
(203022, 20302, 2, 'Una hoja de cálculo', FALSE),
(203023, 20302, 3, 'Twine', TRUE),
(203024, 20302, 4, 'Un editor de imágenes', FALSE),
(203031, 20303, 1, 'Explicarle la solución para que pueda seguir.', FALSE),
(203032, 20303, 2, 'Justificar por qué el puzle está bien diseñado.', FALSE),
(203033, 20303, 3, 'Terminar la prueba en ese momento.', FALSE),
(203034, 20303, 4, 'No intervenir y anotar dónde y por qué se ha atascado.', TRUE),
(203041, 20304, 1, 'El ciclo de diseñar, probar, analizar y ajustar, repetido varias veces.', TRUE),
(203042, 20304, 2, 'Copiar mecánicas de otros juegos.', FALSE),
(203043, 20304, 3, 'Traducir el juego a otros idiomas.', FALSE),
(203044, 20304, 4, 'Publicar el juego en varias plataformas a la vez.', FALSE);

-- Course 3: iot (25 h = 1500 min)
INSERT INTO course_module (id, course_id, position, title_es, title_en) VALUES
(301, 3, 1, 'Qué es el Internet de las Cosas', 'What the Internet of Things is'),
(302, 3, 2, 'Sensores, redes y datos', 'Sensors, networks and data'),
(303, 3, 3, 'Seguridad y privacidad en el IoT', 'IoT security and privacy');

INSERT INTO lesson (id, module_id, position, title_es, title_en, body_es, nominal_minutes) VALUES
(30101, 301, 1, 'Objetos que se comunican', 'Objects that communicate',
'El Internet de las Cosas, conocido por sus siglas en inglés IoT (Internet of Things), es el conjunto de objetos cotidianos que tienen sensores, capacidad de cálculo y conexión a una red para enviar y recibir datos sin que una persona tenga que intervenir en cada paso.

Seguramente ya convives con varios de ellos:
- El contador eléctrico digital, que envía el consumo a la compañía sin que nadie tenga que leerlo en casa.
- Un termostato que se programa desde el móvil y enciende la calefacción antes de que llegues.
- Una pulsera de actividad que cuenta pasos y pulsaciones y los sincroniza con una aplicación.
- Un altavoz inteligente que enciende luces cuando se lo pides.

La idea clave es que el objeto no solo hace su función de siempre, sino que además mide lo que ocurre, lo comunica y puede recibir órdenes a distancia. Una farola normal se enciende a una hora fija; una farola conectada puede encenderse cuando detecta poca luz, bajar su intensidad cuando no pasa nadie y avisar al ayuntamiento cuando se estropea.

¿Por qué se habla tanto del IoT ahora? Porque los componentes electrónicos se han abaratado, las redes inalámbricas llegan a casi todas partes y el almacenamiento de datos en la nube es accesible para cualquier empresa.

En este curso verás de qué se compone un dispositivo conectado, cómo se comunica y, sobre todo, cómo protegerlo, porque cada objeto conectado es también una puerta de entrada que hay que cerrar bien.', 160),
(30102, 301, 2, 'Anatomía de un dispositivo conectado', 'Anatomy of a connected device',
'Aunque parezcan muy distintos, casi todos los sistemas IoT tienen las mismas piezas. Tomemos como ejemplo un sistema de riego inteligente para un huerto:
- Sensores: miden algo del mundo físico. Aquí, la humedad de la tierra.
- Microcontrolador: un pequeño ordenador de bajo consumo que lee los sensores y decide qué hacer. Placas como Arduino o ESP32 son muy populares para aprender y prototipar.
- Actuadores: hacen algo en el mundo físico. En el ejemplo, una válvula que abre el agua.
- Conectividad: el módulo que envía y recibe datos, por ejemplo por wifi.
- Plataforma en la nube: un servicio en internet que guarda los datos, aplica reglas y envía avisos.
- Aplicación: la pantalla del móvil o del ordenador donde la persona consulta los datos y da órdenes.

El funcionamiento es un ciclo: el sensor mide, el microcontrolador procesa, los datos viajan a la nube, se toma una decisión (automática o humana) y el actuador la ejecuta. Si la humedad baja del 30 %, se abre la válvula durante diez minutos y llega un aviso al móvil.

No todos los sistemas necesitan todas las piezas. Algunas decisiones se toman en el propio dispositivo, sin esperar a la nube, lo que ahorra tiempo y permite seguir funcionando si se cae internet.

Otro elemento importante es la energía. Muchos dispositivos funcionan con pilas durante meses o años, así que se diseñan para "dormir" la mayor parte del tiempo y despertar solo para medir y transmitir.', 170),
(30103, 301, 3, 'Aplicaciones en casa, ciudad, campo e industria', 'Uses at home, in cities, farms and industry',
'El IoT no es solo cosa de hogares modernos. Sus mayores aplicaciones están en sectores donde medir con precisión ahorra dinero, energía o recursos.
- Hogar: iluminación, enchufes y termostatos programables, cámaras, detectores de humo o de fugas de agua que avisan al móvil.
- Ciudades: aparcamientos que indican plazas libres, contenedores que avisan cuando están llenos para optimizar las rutas de recogida, sensores de calidad del aire.
- Agricultura y ganadería: sondas de humedad que ajustan el riego, estaciones meteorológicas, collares que localizan al ganado.
- Industria: máquinas que informan de su temperatura y vibraciones para repararlas antes de que fallen, lo que se llama mantenimiento predictivo.
- Salud y cuidados: dispositivos de teleasistencia, medidores de glucosa conectados o sensores que detectan caídas de personas mayores que viven solas.
- Logística: seguimiento de envíos y control de la temperatura de alimentos y medicamentos durante el transporte.

Los beneficios son claros: ahorro, comodidad y mejores decisiones basadas en datos reales. Pero también hay retos: dispositivos que dejan de recibir actualizaciones, dependencia de un fabricante, consumo eléctrico, residuos electrónicos y, sobre todo, seguridad y privacidad.

Para el empleo, el IoT genera demanda de perfiles técnicos (instalación, mantenimiento, redes, programación) y también de perfiles que entienden los datos y saben aplicarlos a un sector concreto. Tu experiencia en agricultura, logística o cuidados puede ser una ventaja para detectar dónde aporta valor.', 170),
(30201, 302, 1, 'Sensores y actuadores', 'Sensors and actuators',
'Un sensor convierte algo del mundo físico, como el calor o la luz, en una señal eléctrica que un microcontrolador puede leer. Los más habituales son:
- Temperatura y humedad, usados en climatización, almacenes y huertos.
- Movimiento por infrarrojos, que detectan el calor de un cuerpo en movimiento; son los de las luces de un portal.
- Luz, para encender farolas o persianas automáticas.
- Apertura, que detectan si una puerta o ventana está abierta.
- CO2, que ayudan a saber cuándo ventilar una sala.
- Consumo eléctrico, en enchufes inteligentes.

Algunos sensores son digitales, es decir, solo dicen sí o no (hay movimiento o no lo hay). Otros son analógicos y dan un valor dentro de un rango, como 21,5 grados. Para que sus datos sean fiables hay que colocarlos bien: un sensor de temperatura al sol o junto a un radiador dará lecturas falsas. Además, con el tiempo algunos deben calibrarse, es decir, ajustarse comparándolos con una medida de referencia.

Los actuadores hacen el camino contrario: reciben una orden y producen un efecto. Ejemplos:
- Relés, que encienden o apagan aparatos eléctricos.
- Motores, para persianas, puertas o válvulas.
- Luces, pantallas y altavoces, para avisar a las personas.

Una regla de seguridad: los actuadores que manejan la corriente de la red eléctrica deben instalarlos profesionales. Para aprender, trabaja siempre con kits de baja tensión alimentados por USB o pilas.', 170),
(30202, 302, 2, 'Redes para conectar las cosas', 'Networks for connecting things',
'No existe una red perfecta para todo. Elegir la conexión adecuada depende de tres factores que se compensan entre sí: el alcance, el consumo de energía y la cantidad de datos que hay que enviar.
- Wifi: mucha capacidad y disponible en casi todas las casas y oficinas, pero consume bastante. Adecuada para cámaras o enchufes que están conectados a la corriente.
- Bluetooth de bajo consumo: corto alcance, de unos pocos metros a decenas de metros, y muy poco gasto. Lo usan pulseras, básculas y cerraduras.
- Zigbee y Thread: redes de bajo consumo para el hogar en las que los dispositivos se pasan los mensajes entre sí, formando una malla. Necesitan una pasarela o "hub".
- LoRaWAN: envía pocos datos a varios kilómetros con muy poco consumo. Ideal para sensores en el campo o contadores de agua.
- Redes móviles para IoT, como NB-IoT, LTE-M o 5G: usan la cobertura de los operadores de telefonía, con una tarjeta SIM en el dispositivo.

Un ejemplo: un sensor de humedad en una finca a tres kilómetros del pueblo no puede depender del wifi de una casa; LoRaWAN o una red móvil para IoT son mejores opciones. En cambio, una cámara de vigilancia que envía vídeo necesita el ancho de banda del wifi o del cable.

En el hogar, el estándar Matter busca que dispositivos de distintas marcas funcionen juntos. Antes de comprar, comprueba que el aparato es compatible con lo que ya tienes.', 170),
(30203, 302, 3, 'De los datos a las decisiones', 'From data to decisions',
'Un sensor que mide sin que nadie use sus datos no aporta nada. El valor del IoT está en convertir las medidas en decisiones.

Para enviar sus datos, muchos dispositivos usan un protocolo ligero llamado MQTT. Funciona como un tablón de anuncios: los dispositivos publican mensajes en "temas" con nombres como huerto/sensor1/humedad, y las aplicaciones interesadas se suscriben a esos temas. En medio hay un intermediario, llamado bróker, que recibe los mensajes y los reparte. Así, el sensor no necesita saber quién va a leer sus datos.

Una vez en la plataforma, los datos se usan de varias formas:
- Paneles de control: gráficos que muestran la evolución de la temperatura o el consumo.
- Reglas y alertas: si la temperatura del congelador supera los -15 grados durante diez minutos, enviar un mensaje al encargado.
- Históricos: comparar este mes con el anterior para detectar consumos anómalos.
- Automatizaciones: bajar las persianas cuando el sol da de lleno y la sala supera los 26 grados.

Cuando la respuesta debe ser inmediata o la conexión no es fiable, parte del procesamiento se hace en el propio dispositivo o en un equipo cercano, lo que se conoce como computación en el borde ("edge computing"). Por ejemplo, una máquina industrial que se detiene sola si detecta una vibración peligrosa, sin esperar a la nube.

Piensa siempre qué decisión quieres tomar antes de decidir qué medir. Medir por medir llena discos duros, no mejora procesos.', 160),
(30301, 303, 1, 'Riesgos de los dispositivos conectados', 'Risks of connected devices',
'Cada dispositivo conectado es un pequeño ordenador, y como cualquier ordenador puede tener fallos de seguridad. La diferencia es que solemos olvidar que está ahí: nadie revisa las actualizaciones de su bombilla.

Los riesgos más habituales son:
- Contraseñas de fábrica: muchos aparatos vienen con usuario y contraseña iguales para todas las unidades, como admin y admin, que cualquiera puede encontrar en internet.
- Software sin actualizar: los fallos conocidos se corrigen con actualizaciones del firmware, que es el programa interno del dispositivo. Si el fabricante deja de publicarlas o nadie las instala, el fallo queda abierto.
- Comunicaciones sin cifrar, que permiten a un tercero leer los datos.
- Exceso de datos: cámaras, altavoces o juguetes que recogen más información de la necesaria.

Las consecuencias pueden ser graves. En 2016, una red de cientos de miles de cámaras y grabadores infectados por el programa malicioso Mirai, que entraba probando contraseñas de fábrica, se usó para colapsar servicios de internet muy conocidos. Los dueños de esas cámaras ni siquiera se enteraron.

Otros riesgos son más cercanos: una cámara mal configurada que emite imágenes del interior de una casa, una cerradura que se abre a distancia o un dispositivo que sirve de puerta de entrada al ordenador de la empresa conectado a la misma red.

La buena noticia es que unas pocas medidas sencillas, que verás en la siguiente lección, eliminan la mayoría de estos riesgos.', 170),
(30302, 303, 2, 'Proteger los dispositivos de casa', 'Protecting devices at home',
'Estas medidas reducen mucho el riesgo de los aparatos conectados del hogar y no exigen conocimientos técnicos:
- Antes de comprar, elige marcas que informen de cuántos años darán actualizaciones de seguridad. Un aparato muy barato sin soporte puede salir caro.
- Cambia la contraseña de fábrica nada más instalarlo, por una larga y distinta de las demás.
- Activa las actualizaciones automáticas, o revisa cada pocos meses si hay nuevas versiones en la aplicación del fabricante.
- Protege también la aplicación del móvil con contraseña robusta y verificación en dos pasos si la ofrece.
- Revisa los permisos: si una bombilla pide acceso a tus contactos, desconfía.
- Desactiva las funciones que no uses, como el acceso remoto a una cámara que solo miras desde casa.
- Si tu router lo permite, conecta los dispositivos IoT a una red de invitados separada de la red donde están tus ordenadores y móviles.

El router merece atención especial porque protege a todos los demás aparatos. Cambia su contraseña de administración, usa el cifrado WPA2 o WPA3 en el wifi y mantenlo actualizado.

Cuando un dispositivo deje de recibir actualizaciones, valora sustituirlo. Y antes de venderlo, regalarlo o tirarlo, restablécelo a los valores de fábrica y elimínalo de tu cuenta para no dejar tus datos ni tu acceso en manos de otra persona.

Si tienes dudas o crees haber sufrido un incidente, puedes llamar gratis al 017, la línea de ayuda en ciberseguridad de INCIBE.', 160),
(30303, 303, 3, 'IoT en la empresa y protección de datos', 'IoT at work and data protection',
'En una empresa, un dispositivo conectado inseguro no solo pone en riesgo ese aparato: puede ser la vía de entrada a los ordenadores, a los datos de clientes o a las máquinas de producción. Por eso el IoT se gestiona como cualquier otro equipo informático.

Buenas prácticas en la empresa:
- Inventario: saber qué dispositivos hay, dónde están, quién es responsable de cada uno y qué versión de software tienen.
- Separación de redes: los dispositivos IoT en una red aparte, sin acceso directo a los servidores ni a los ordenadores de la oficina.
- Cuentas y contraseñas únicas por dispositivo, nunca las de fábrica.
- Plan de actualizaciones y de sustitución de equipos sin soporte.
- Proveedores que se comprometan por contrato a corregir fallos de seguridad.

La privacidad es la otra cara. Si un dispositivo recoge datos de personas, como imágenes de una cámara, la localización de un vehículo de reparto o el uso de una pulsera de trabajo, se aplica el Reglamento General de Protección de Datos (RGPD). Eso implica informar a las personas afectadas, recoger solo los datos necesarios, guardarlos el tiempo imprescindible y protegerlos. Por ejemplo, una cámara de seguridad debe señalizarse con un cartel informativo y no puede grabar espacios como aseos o vestuarios.

Además, la Unión Europea ha aprobado el Reglamento de Ciberresiliencia, que exigirá progresivamente a los fabricantes diseñar productos conectados seguros y darles actualizaciones durante su vida útil. La seguridad deja así de ser opcional.', 170);

INSERT INTO quiz (id, module_id, title_es, title_en) VALUES
(301, 301, 'Cuestionario: Qué es el Internet de las Cosas', 'Quiz: What the Internet of Things is'),
(302, 302, 'Cuestionario: Sensores, redes y datos', 'Quiz: Sensors, networks and data'),
(303, 303, 'Cuestionario: Seguridad y privacidad en el IoT', 'Quiz: IoT security and privacy');

INSERT INTO quiz_question (id, quiz_id, position, prompt_es, explanation_es) VALUES
(30101, 301, 1, '¿Qué caracteriza a un objeto del Internet de las Cosas?',
 'Un objeto IoT mide lo que ocurre, lo comunica por una red y puede recibir órdenes sin intervención constante.'),
(30102, 301, 2, 'En un sistema de riego inteligente, ¿qué pieza es la válvula que abre el agua?',
 'Los actuadores actúan sobre el mundo físico; los sensores, en cambio, lo miden.'),
(30103, 301, 3, '¿Por qué muchos dispositivos IoT pasan la mayor parte del tiempo "dormidos"?',
 'Despertar solo para medir y transmitir reduce mucho el consumo de los dispositivos que funcionan con pilas.'),
(30104, 301, 4, '¿Qué es el mantenimiento predictivo?',
 'Midiendo temperatura o vibraciones se detectan señales de avería y se interviene antes de que la máquina falle.'),
(30201, 302, 1, 'Un sensor de temperatura colocado junto a un radiador...',
 'La ubicación influye en la medida: el calor del radiador altera la lectura y los datos dejan de ser fiables.'),
(30202, 302, 2, '¿Qué red es más adecuada para un sensor de humedad alimentado con pilas en una finca a tres kilómetros?',
 'LoRaWAN envía pocos datos a varios kilómetros con un consumo muy bajo, justo lo que necesita ese sensor.'),
(30203, 302, 3, 'En MQTT, ¿qué hace el bróker?',
 'El bróker es el intermediario del modelo publicar-suscribir: recibe los mensajes y los entrega a los suscriptores de cada tema.'),
(30204, 302, 4, '¿Qué significa procesar los datos "en el borde" (edge computing)?',
 'La computación en el borde permite reaccionar al instante y seguir funcionando aunque falle la conexión.'),
(30301, 303, 1, '¿Cómo se propagó el programa malicioso Mirai en 2016?',
 'Mirai probaba usuarios y contraseñas de fábrica conocidos; los dispositivos que no los habían cambiado quedaban infectados.'),
(30302, 303, 2, '¿Qué es lo primero que conviene hacer al instalar una cámara conectada en casa?',
 'Las contraseñas de fábrica son conocidas públicamente; cambiarlas cierra la puerta más usada por los atacantes.'),
(30303, 303, 3, '¿Para qué sirve conectar los dispositivos IoT a una red separada?',
 'Separar redes limita el daño: un dispositivo comprometido no puede alcanzar directamente el resto de equipos.'),
(30304, 303, 4, 'Una empresa instala cámaras de seguridad. Según el RGPD, ¿qué debe hacer?',
 'Las imágenes de personas son datos personales: hay que informar, limitar lo que se recoge y protegerlo.');

INSERT INTO quiz_option (id, question_id, position, text_es, correct) VALUES
(301011, 30101, 1, 'Que tiene sensores y conexión a una red para enviar y recibir datos.', TRUE),
(301012, 30101, 2, 'Que es muy caro y solo lo usan empresas.', FALSE),
(301013, 30101, 3, 'Que necesita una persona que lo maneje en todo momento.', FALSE),
(301014, 30101, 4, 'Que solo funciona dentro de casa.', FALSE),
(301021, 30102, 1, 'Un sensor', FALSE),
(301022, 30102, 2, 'La plataforma en la nube', FALSE),
(301023, 30102, 3, 'El microcontrolador', FALSE),
(301024, 30102, 4, 'Un actuador', TRUE),
(301031, 30103, 1, 'Para que no los detecten los ciberdelincuentes.', FALSE),
(301032, 30103, 2, 'Para ahorrar energía y que las pilas duren meses o años.', TRUE),
(301033, 30103, 3, 'Porque internet solo funciona unas horas al día.', FALSE),
(301034, 30103, 4, 'Porque así se actualizan solos.', FALSE),
(301041, 30104, 1, 'Reparar una máquina solo cuando se rompe.', FALSE),
(301042, 30104, 2, 'Sustituir todas las máquinas cada año.', FALSE),
(301043, 30104, 3, 'Usar datos de sensores de las máquinas para repararlas antes de que fallen.', TRUE),
(301044, 30104, 4, 'Predecir el tiempo con estaciones meteorológicas.', FALSE),
(302011, 30201, 1, 'mide con más precisión.', FALSE),
(302012, 30201, 2, 'dará lecturas falsas por estar mal situado.', TRUE),
(302013, 30201, 3, 'se convierte en un actuador.', FALSE),
(302014, 30201, 4, 'no necesita calibrarse nunca.', FALSE),
(302021, 30202, 1, 'Wifi doméstico', FALSE),
(302022, 30202, 2, 'Bluetooth', FALSE),
(302023, 30202, 3, 'Un cable USB', FALSE),
(302024, 30202, 4, 'LoRaWAN', TRUE),
(302031, 30203, 1, 'Recibe los mensajes publicados en cada tema y los reparte a quien está suscrito.', TRUE),
(302032, 30203, 2, 'Mide la temperatura.', FALSE),
(302033, 30203, 3, 'Cifra el disco duro del dispositivo.', FALSE),
(302034, 30203, 4, 'Es la batería del sensor.', FALSE),
(302041, 30204, 1, 'Guardar los datos en el límite de la memoria.', FALSE),
(302042, 30204, 2, 'Enviar todos los datos a otro país.', FALSE),
(302043, 30204, 3, 'Procesar cerca del dispositivo, sin esperar a la nube, cuando la respuesta debe ser inmediata.', TRUE),
(302044, 30204, 4, 'Borrar los datos antiguos.', FALSE),
(303011, 30301, 1, 'Por correos electrónicos con archivos adjuntos.', FALSE),
(303012, 30301, 2, 'A través de memorias USB.', FALSE),
(303013, 30301, 3, 'Mediante llamadas telefónicas fraudulentas.', FALSE),
(303014, 30301, 4, 'Entrando en cámaras y grabadores que mantenían contraseñas de fábrica.', TRUE),
(303021, 30302, 1, 'Cambiar la contraseña de fábrica por una larga y única.', TRUE),
(303022, 30302, 2, 'Dejarla con la configuración de fábrica para no estropearla.', FALSE),
(303023, 30302, 3, 'Desactivar las actualizaciones.', FALSE),
(303024, 30302, 4, 'Compartir la contraseña con los vecinos.', FALSE),
(303031, 30303, 1, 'Para que vayan más rápido.', FALSE),
(303032, 30303, 2, 'Para que, si uno es atacado, no dé acceso directo a los ordenadores y datos importantes.', TRUE),
(303033, 30303, 3, 'Para no tener que actualizarlos.', FALSE),
(303034, 30303, 4, 'Para gastar menos electricidad.', FALSE),
(303041, 30304, 1, 'Nada, porque las cámaras son suyas.', FALSE),
(303042, 30304, 2, 'Grabar todos los espacios, incluidos vestuarios, para mayor seguridad.', FALSE),
(303043, 30304, 3, 'Informar con carteles, grabar solo lo necesario y proteger y conservar las imágenes el tiempo imprescindible.', TRUE),
(303044, 30304, 4, 'Publicar las grabaciones en internet.', FALSE);

-- Course 4: wordpress (20 h = 1200 min)
INSERT INTO course_module (id, course_id, position, title_es, title_en) VALUES
(401, 4, 1, 'Primeros pasos con WordPress', 'Getting started with WordPress'),
(402, 4, 2, 'Contenido y diseño', 'Content and design'),
(403, 4, 3, 'Plugins, mantenimiento y seguridad', 'Plugins, maintenance and security');

INSERT INTO lesson (id, module_id, position, title_es, title_en, body_es, nominal_minutes) VALUES
(40101, 401, 1, 'Qué es WordPress y qué necesitas', 'What WordPress is and what you need',
'WordPress es un sistema de gestión de contenidos, o CMS: un programa que permite crear y actualizar una web desde el navegador, escribiendo y colocando imágenes como en un procesador de textos, sin necesidad de programar. Es gratuito, de código abierto y se usa en una parte muy grande de las webs del mundo, desde blogs personales hasta tiendas y periódicos.

Existen dos formas de usarlo que conviene no confundir:
- WordPress.org: el programa gratuito que instalas en un alojamiento web que tú contratas. Tienes control total: puedes instalar cualquier tema o plugin.
- WordPress.com: un servicio de una empresa que te aloja la web. Es más sencillo para empezar, pero según el plan tiene limitaciones.

En este curso trabajaremos con la primera opción, la más habitual en pequeñas empresas y profesionales. Para ello necesitas:
- Un dominio: la dirección de tu web, como tunegocio.es. Se alquila por años a un registrador.
- Un alojamiento o "hosting": el ordenador conectado permanentemente a internet donde se guardan los archivos y la base de datos de tu web.
- Un certificado de seguridad, que hace que la dirección empiece por https y aparezca el candado en el navegador. La mayoría de alojamientos lo incluyen gratis.

Antes de empezar, piensa para qué quieres la web: darte a conocer como profesional, mostrar el catálogo de tu negocio o publicar artículos. Anota qué páginas necesitarás, por ejemplo inicio, servicios, sobre mí y contacto. Esa lista será tu plan de trabajo.', 130),
(40102, 401, 2, 'Instalar WordPress', 'Installing WordPress',
'La forma más sencilla de instalar WordPress es usar el instalador automático que ofrecen casi todos los alojamientos. Suele estar en el panel de control del hosting, con un nombre como "Instalar WordPress" o "Aplicaciones". El proceso típico es:
- Elegir el dominio donde se instalará la web.
- Escribir el título del sitio, que podrás cambiar después.
- Crear el usuario administrador, con un correo electrónico que consultes a menudo.
- Elegir el idioma: español.

Presta atención al usuario administrador. No uses "admin" como nombre, porque es el primero que prueban los atacantes, y elige una contraseña larga y única; un gestor de contraseñas te ayudará a recordarla.

Cuando termine, tu web ya estará en internet con un diseño de ejemplo. Para entrar en la zona de gestión, añade /wp-admin a tu dirección, por ejemplo tunegocio.es/wp-admin, e inicia sesión.

Después de instalar, comprueba estos puntos:
- Que la web se abre con https y el candado del navegador.
- En Ajustes, Generales: el título, la descripción corta, la zona horaria (Madrid) y el formato de fecha.
- En Ajustes, Enlaces permanentes: elige "Nombre de la entrada", para que las direcciones sean legibles, como tunegocio.es/servicios, en lugar de números.
- Borra la entrada, la página y el comentario de ejemplo.

Si prefieres practicar sin contratar nada, existen programas gratuitos que instalan WordPress en tu propio ordenador para hacer pruebas.', 130),
(40103, 401, 3, 'El escritorio de WordPress', 'The WordPress dashboard',
'Al iniciar sesión llegas al Escritorio, la zona de administración. A la izquierda está el menú principal, y conviene conocer para qué sirve cada apartado:
- Entradas: artículos con fecha, como noticias o publicaciones de un blog.
- Medios: la biblioteca de imágenes, documentos y vídeos que subes.
- Páginas: contenidos estables, como Inicio, Servicios o Contacto.
- Comentarios: para aprobar, responder o eliminar comentarios de visitantes.
- Apariencia: el diseño de la web, con los temas, los menús y el editor del sitio.
- Plugins: extensiones que añaden funciones.
- Usuarios: las personas que pueden entrar en la gestión y su nivel de permisos.
- Herramientas y Ajustes: opciones generales, importación y exportación, privacidad.

En la parte superior hay una barra negra con accesos rápidos: ver tu web, crear contenido nuevo o ver avisos de actualizaciones. Al pasar el ratón por el nombre del sitio puedes alternar entre la web pública y la administración.

Un truco útil es abrir la web pública en otra pestaña del navegador. Así, cada vez que cambies algo en la administración, solo tienes que recargar esa pestaña para ver el resultado tal como lo verán los visitantes.

No te preocupes si el menú te parece largo: en el día a día usarás sobre todo Páginas, Entradas y Medios. Dedica unos minutos a recorrer cada apartado sin cambiar nada; familiarizarte con el escritorio te dará seguridad para las siguientes lecciones.', 130),
(40201, 402, 1, 'Páginas, entradas y el editor de bloques', 'Pages, posts and the block editor',
'WordPress usa un editor de bloques: cada elemento de una página es un bloque independiente que puedes mover, copiar o borrar. Hay bloques de párrafo, encabezado, imagen, lista, botón, columnas, vídeo y muchos más.

Para añadir un bloque, pulsa el signo + o escribe una barra inclinada (/) seguida del nombre del bloque, por ejemplo /imagen. Al seleccionar un bloque aparece una barra de herramientas con sus opciones y, a la derecha, un panel con más ajustes como colores o tamaño.

Buenas prácticas al escribir:
- Usa encabezados para organizar el texto, no texto en negrita grande. Los encabezados ayudan a leer, a los buscadores y a las personas que usan lectores de pantalla.
- Párrafos cortos, de tres o cuatro líneas.
- Un botón claro para la acción principal: "Pide presupuesto", "Llámanos".

Recuerda la diferencia: las páginas son contenidos estables y las entradas son artículos con fecha que aparecen en orden cronológico en el blog. Las entradas se organizan con categorías (grandes temas, como Consejos o Novedades) y etiquetas (palabras más concretas).

Antes de publicar, usa "Vista previa" para ver el resultado. Puedes guardar como borrador, publicar en el momento o programar la publicación para una fecha y hora concretas, algo muy útil para preparar varias entradas de una vez.

Ejercicio: crea una página "Sobre mí" con un encabezado, dos párrafos, una imagen y un botón que lleve a la página de contacto.', 140),
(40202, 402, 2, 'Imágenes y archivos', 'Images and files',
'Las imágenes hacen la web más atractiva, pero mal usadas la vuelven lenta y pueden traer problemas legales. Sigue estas pautas.

Tamaño y peso. Una foto recién sacada del móvil puede pesar varios megas y medir más de 4.000 píxeles de ancho, mucho más de lo necesario. Antes de subirla, redúcela a un ancho de unos 1.200 a 2.000 píxeles y comprímela con una herramienta gratuita. Formatos recomendados:
- JPG para fotografías.
- PNG para logotipos o imágenes con transparencia.
- WebP, un formato moderno que ocupa menos con calidad similar y que WordPress admite.

Nombre y texto alternativo. Llama al archivo de forma descriptiva, como taller-reparacion-bicicletas.jpg en lugar de IMG_4032.jpg. Al subirla, rellena el texto alternativo: una breve descripción de lo que muestra la imagen, como "Mecánica ajustando los frenos de una bicicleta". Lo leen los lectores de pantalla que usan las personas ciegas y también ayuda a los buscadores. Si la imagen es solo decorativa, déjalo vacío.

Derechos de autor. Que una imagen esté en internet no significa que puedas usarla. Usa fotos propias, bancos de imágenes con licencia gratuita para uso comercial o imágenes compradas, y guarda constancia de la licencia.

Todo lo que subes queda en Medios, la biblioteca común del sitio. Revísala de vez en cuando y borra lo que no uses, porque ocupa espacio en el alojamiento y en las copias de seguridad.', 130),
(40203, 402, 3, 'Temas, menús y personalización', 'Themes, menus and customisation',
'El tema define el aspecto de toda la web: tipografías, colores, disposición de la cabecera y del pie, estilo de los botones. Cambiar de tema cambia el diseño sin perder los contenidos.

Para instalar un tema, ve a Apariencia, Temas, Añadir nuevo. El directorio oficial ofrece miles de temas gratuitos revisados. Al elegir, fíjate en:
- Que se adapte bien al móvil; hoy la mayoría de visitas llegan desde el teléfono.
- Que se haya actualizado recientemente y tenga buenas valoraciones.
- Que sea ligero y sencillo: un tema cargado de efectos ralentiza la web.
- Que su estilo encaje con tu actividad.

Evita descargar temas de pago desde webs no oficiales que los ofrecen gratis: a menudo contienen código malicioso.

Los temas modernos, llamados temas de bloques, se personalizan desde Apariencia, Editor. Allí puedes modificar la cabecera, el pie, los colores y las fuentes de todo el sitio con los mismos bloques que usas en las páginas. En temas más antiguos, esas opciones están en Apariencia, Personalizar.

El menú de navegación es la lista de enlaces principal. Mantenlo corto, con cinco o seis opciones como máximo, y usa nombres que la gente entienda: "Servicios" es mejor que "Lo que hacemos por ti". Incluye siempre una forma sencilla de llegar al contacto.

Un consejo: elige dos colores principales, a partir de tu logotipo, y dos tipografías como máximo. La coherencia transmite profesionalidad.', 140),
(40301, 403, 1, 'Plugins: añadir funciones', 'Plugins: adding features',
'Un plugin es una extensión que añade funciones a WordPress sin programar: un formulario de contacto, una tienda online, un aviso de cookies o una galería de fotos. Se instalan desde Plugins, Añadir nuevo, buscando por nombre o función, y después hay que activarlos.

Algunos tipos de plugins muy habituales:
- Formularios de contacto, para que los visitantes te escriban sin mostrar tu correo.
- Posicionamiento en buscadores (SEO), para revisar títulos y descripciones de cada página.
- Copias de seguridad automáticas.
- Caché, que acelera la carga de la web.
- Gestión del consentimiento de cookies.
- Tienda online, como WooCommerce, si vas a vender.

Cómo elegir un plugin fiable:
- Número de instalaciones activas y valoraciones de otras personas.
- Fecha de la última actualización; si hace más de un año que no se actualiza, busca otro.
- Compatibilidad con tu versión de WordPress.
- Que lo ofrezca el directorio oficial o el sitio web del propio desarrollador.

Menos es más: cada plugin añade código que puede ralentizar la web, entrar en conflicto con otros o contener fallos de seguridad. Instala solo los que necesites y elimina, no solo desactives, los que ya no uses.

Si tras instalar un plugin la web deja de funcionar bien, desactívalo; si no puedes entrar en la administración, tu proveedor de hosting puede ayudarte a desactivarlo desde su panel de control.', 130),
(40302, 403, 2, 'Copias de seguridad y actualizaciones', 'Backups and updates',
'Tu web puede estropearse por una actualización que sale mal, un error humano o un ataque. Con una copia de seguridad reciente, el problema se resuelve en minutos; sin ella, puedes perder meses de trabajo.

Una copia de WordPress tiene dos partes: los archivos (temas, plugins e imágenes) y la base de datos (textos, ajustes y usuarios). Ambas son necesarias. Puedes hacerla con un plugin de copias o con la herramienta de tu hosting. Sigue estas pautas:
- Automatiza la copia: diaria si publicas a menudo, semanal si la web cambia poco.
- Guarda las copias fuera del propio alojamiento, por ejemplo en un servicio de almacenamiento en la nube.
- Conserva varias copias de fechas distintas.
- Prueba de vez en cuando a restaurar una copia. Una copia que nunca se ha probado no garantiza nada.

Las actualizaciones corrigen fallos de seguridad y añaden mejoras, así que no conviene aplazarlas. WordPress avisa en la barra superior y en Escritorio, Actualizaciones. El orden recomendado es:
- Hacer una copia de seguridad.
- Actualizar WordPress.
- Actualizar los plugins.
- Actualizar los temas.
- Revisar que la web se ve y funciona bien: menú, formularios y páginas principales.

Puedes activar las actualizaciones automáticas de plugins de confianza. En webs importantes, como una tienda, es buena idea probar antes las actualizaciones en una copia de pruebas, que muchos alojamientos ofrecen con un clic.', 140),
(40303, 403, 3, 'Seguridad básica y aspectos legales', 'Basic security and legal basics',
'La mayoría de los ataques a webs hechas con WordPress son automáticos y aprovechan descuidos sencillos. Estas medidas te protegen de casi todos ellos:
- Contraseñas largas y únicas para cada usuario, y verificación en dos pasos, que se añade con un plugin.
- Limitar los intentos de inicio de sesión, para frenar a quien prueba contraseñas una tras otra.
- Mantener todo actualizado y borrar temas y plugins que no uses.
- Usar siempre https.
- Dar a cada persona el rol mínimo que necesita.

WordPress tiene cinco roles de usuario. Administrador puede hacerlo todo. Editor gestiona todo el contenido, también el de otras personas. Autor publica y gestiona sus propias entradas. Colaborador escribe entradas, pero no puede publicarlas. Suscriptor solo gestiona su perfil. Si alguien solo escribe en el blog, no necesita ser administrador.

Además, una web profesional en España debe cumplir la normativa:
- Aviso legal, con los datos de quien es titular de la web, como exige la Ley de Servicios de la Sociedad de la Información (LSSI).
- Política de privacidad, que explique qué datos personales recoges, por ejemplo en el formulario de contacto, para qué y durante cuánto tiempo, según el RGPD.
- Política de cookies y un aviso que permita aceptarlas o rechazarlas antes de instalar las que no son técnicas.

Coloca enlaces a estos textos en el pie de página. Si dudas, consulta las guías de la Agencia Española de Protección de Datos.', 130);

INSERT INTO quiz (id, module_id, title_es, title_en) VALUES
(401, 401, 'Cuestionario: Primeros pasos con WordPress', 'Quiz: Getting started with WordPress'),
(402, 402, 'Cuestionario: Contenido y diseño', 'Quiz: Content and design'),
(403, 403, 'Cuestionario: Plugins, mantenimiento y seguridad', 'Quiz: Plugins, maintenance and security');

INSERT INTO quiz_question (id, quiz_id, position, prompt_es, explanation_es) VALUES
(40101, 401, 1, '¿Qué diferencia principal hay entre WordPress.org y WordPress.com?',
 'Con WordPress.org tienes control total en tu hosting; WordPress.com es un servicio gestionado con limitaciones según el plan.'),
(40102, 401, 2, '¿Qué es el dominio de una web?',
 'El dominio es la dirección que escriben los visitantes; el alojamiento es el lugar donde se guarda la web.'),
(40103, 401, 3, '¿Por qué no conviene usar "admin" como nombre del usuario administrador?',
 'Los ataques automáticos prueban nombres habituales como admin; uno menos previsible dificulta el acceso.'),
(40104, 401, 4, '¿Dónde se gestionan los contenidos estables como Inicio, Servicios o Contacto?',
 'Las páginas son para contenidos permanentes; las entradas son artículos con fecha.'),
(40201, 402, 1, 'En el editor de bloques, ¿qué ocurre al escribir /imagen en una línea vacía?',
 'La barra inclinada seguida de un nombre es un atajo para buscar e insertar bloques.'),
(40202, 402, 2, '¿Para qué sirve el texto alternativo de una imagen?',
 'El texto alternativo describe el contenido de la imagen; lo leen los lectores de pantalla y lo tienen en cuenta los buscadores.'),
(40203, 402, 3, '¿Qué formato es el más adecuado para un logotipo con fondo transparente?',
 'PNG admite transparencia y mantiene nítidos los bordes de logotipos e iconos; JPG no admite transparencia.'),
(40204, 402, 4, '¿Por qué es peligroso descargar temas de pago gratis desde webs no oficiales?',
 'Los temas pirateados se usan con frecuencia para introducir código malicioso en las webs que los instalan.'),
(40301, 403, 1, '¿Qué conviene comprobar antes de instalar un plugin?',
 'Un plugin popular, bien valorado y actualizado recientemente tiene menos probabilidades de dar problemas o fallos de seguridad.'),
(40302, 403, 2, '¿Qué es lo primero que hay que hacer antes de actualizar WordPress, plugins y temas?',
 'Con una copia reciente se puede volver atrás si la actualización provoca algún problema.'),
(40303, 403, 3, 'Una persona solo debe escribir entradas, pero otra persona las revisará y publicará. ¿Qué rol le corresponde?',
 'El rol Colaborador permite escribir entradas sin publicarlas; es el mínimo necesario para esa tarea.'),
(40304, 403, 4, '¿Qué documento legal explica qué datos personales recoge la web y para qué?',
 'La política de privacidad informa, según el RGPD, de qué datos se recogen, con qué finalidad y durante cuánto tiempo.');

INSERT INTO quiz_option (id, question_id, position, text_es, correct) VALUES
(401011, 40101, 1, 'WordPress.org es de pago y WordPress.com es gratis siempre.', FALSE),
(401012, 40101, 2, 'Son exactamente lo mismo con dos direcciones distintas.', FALSE),
(401013, 40101, 3, 'WordPress.com solo sirve para tiendas online.', FALSE),
(401014, 40101, 4, 'WordPress.org es el programa que instalas en tu propio alojamiento; WordPress.com es un servicio que te aloja la web.', TRUE),
(401021, 40102, 1, 'La dirección de la web, como tunegocio.es.', TRUE),
(401022, 40102, 2, 'El ordenador donde se guardan los archivos.', FALSE),
(401023, 40102, 3, 'El diseño visual de la web.', FALSE),
(401024, 40102, 4, 'La contraseña de administración.', FALSE),
(401031, 40103, 1, 'Porque WordPress no lo permite.', FALSE),
(401032, 40103, 2, 'Porque es el primer nombre que prueban los atacantes.', TRUE),
(401033, 40103, 3, 'Porque hace que la web vaya más lenta.', FALSE),
(401034, 40103, 4, 'Porque no se puede cambiar la contraseña.', FALSE),
(401041, 40104, 1, 'En Entradas', FALSE),
(401042, 40104, 2, 'En Comentarios', FALSE),
(401043, 40104, 3, 'En Páginas', TRUE),
(401044, 40104, 4, 'En Herramientas', FALSE),
(402011, 40201, 1, 'Se publica la página.', FALSE),
(402012, 40201, 2, 'Se borra la última imagen subida.', FALSE),
(402013, 40201, 3, 'Se abre la biblioteca de temas.', FALSE),
(402014, 40201, 4, 'Aparece la opción de insertar un bloque de imagen.', TRUE),
(402021, 40202, 1, 'Para que la imagen ocupe menos.', FALSE),
(402022, 40202, 2, 'Para proteger la imagen de copias.', FALSE),
(402023, 40202, 3, 'Para describir la imagen a quienes usan lectores de pantalla y ayudar a los buscadores.', TRUE),
(402024, 40202, 4, 'Para cambiar el nombre del archivo.', FALSE),
(402031, 40203, 1, 'PNG', TRUE),
(402032, 40203, 2, 'JPG', FALSE),
(402033, 40203, 3, 'MP3', FALSE),
(402034, 40203, 4, 'DOCX', FALSE),
(402041, 40204, 1, 'Porque ocupan más espacio.', FALSE),
(402042, 40204, 2, 'Porque a menudo contienen código malicioso.', TRUE),
(402043, 40204, 3, 'Porque solo funcionan en inglés.', FALSE),
(402044, 40204, 4, 'Porque no se pueden personalizar.', FALSE),
(403011, 40301, 1, 'Solo que sea gratuito.', FALSE),
(403012, 40301, 2, 'Que tenga el nombre más largo.', FALSE),
(403013, 40301, 3, 'Nada, todos los plugins son seguros.', FALSE),
(403014, 40301, 4, 'Instalaciones activas, valoraciones, fecha de la última actualización y compatibilidad.', TRUE),
(403021, 40302, 1, 'Hacer una copia de seguridad.', TRUE),
(403022, 40302, 2, 'Borrar los comentarios.', FALSE),
(403023, 40302, 3, 'Cambiar de tema.', FALSE),
(403024, 40302, 4, 'Desinstalar todos los plugins.', FALSE),
(403031, 40303, 1, 'Administrador', FALSE),
(403032, 40303, 2, 'Editor', FALSE),
(403033, 40303, 3, 'Colaborador', TRUE),
(403034, 40303, 4, 'Suscriptor', FALSE),
(403041, 40304, 1, 'El aviso legal', FALSE),
(403042, 40304, 2, 'El menú de navegación', FALSE),
(403043, 40304, 3, 'La política de privacidad', TRUE),
(403044, 40304, 4, 'La política de cookies', FALSE);

-- Course 5: word (20 h = 1200 min)
INSERT INTO course_module (id, course_id, position, title_es, title_en) VALUES
(501, 5, 1, 'Escribir y dar formato', 'Writing and formatting'),
(502, 5, 2, 'Cartas y currículos', 'Letters and CVs'),
(503, 5, 3, 'Informes y documentos largos', 'Reports and long documents');

INSERT INTO lesson (id, module_id, position, title_es, title_en, body_es, nominal_minutes) VALUES
(50101, 501, 1, 'Conoce tu procesador de textos', 'Get to know your word processor',
'Un procesador de textos es el programa que usamos para escribir, corregir y dar formato a documentos: cartas, currículos, informes o carteles. Los más extendidos son Microsoft Word, LibreOffice Writer, que es gratuito y de código abierto, y Documentos de Google, que funciona en el navegador. Lo que aprendas en este curso sirve para los tres, porque las funciones son muy parecidas aunque cambien los nombres de algunos menús.

En Word, las herramientas se agrupan en pestañas en la parte superior, lo que se llama la cinta de opciones: Inicio (formato básico), Insertar (tablas, imágenes), Disposición (márgenes), Referencias (índices), Correspondencia y Revisar (ortografía y comentarios).

Al guardar un documento, elige bien el formato:
- .docx: el formato de Word, el más compartido en empresas.
- .odt: el formato abierto de LibreOffice.
- .pdf: para enviar un documento final que nadie debe modificar y que se vea igual en cualquier equipo.

Dos costumbres que distinguen a quien domina el procesador de textos:
- No pulses Intro al final de cada línea. El programa salta de línea solo; pulsa Intro únicamente para empezar un párrafo nuevo.
- No uses espacios repetidos para alinear o centrar. Usa los botones de alineación y las sangrías, que se verán en la siguiente lección.

Guarda a menudo con Ctrl+G en Word en español (Ctrl+S en otros programas) y activa el autoguardado si trabajas en la nube. Y pon a los archivos nombres claros: carta-ayuntamiento-2024.docx se encuentra mejor que Documento1.docx.', 120),
(50102, 501, 2, 'Formato de texto y de párrafo', 'Character and paragraph formatting',
'El formato de carácter afecta a letras y palabras: tipo de letra (fuente), tamaño, negrita, cursiva, subrayado y color. Para aplicarlo, selecciona el texto y usa los botones de la pestaña Inicio o los atajos Ctrl+N para negrita y Ctrl+K para cursiva en Word en español.

Pautas para documentos profesionales:
- Una o dos fuentes como máximo, fáciles de leer, como Calibri, Arial o Liberation Sans.
- Tamaño de 11 o 12 puntos para el texto normal.
- Negrita con moderación, solo para lo realmente importante. El subrayado se confunde con los enlaces.

El formato de párrafo afecta a bloques completos:
- Alineación: izquierda (la más legible), centrada (para títulos), derecha o justificada.
- Interlineado: el espacio entre líneas; 1,15 o 1,5 facilita la lectura.
- Espaciado antes y después: en lugar de dejar líneas en blanco entre párrafos, indica, por ejemplo, 6 puntos después de cada párrafo.
- Sangría: el margen interior de un párrafo, útil para citas o para la primera línea.
- Listas con viñetas o numeradas, para enumerar pasos o elementos.

Un botón muy útil es "Mostrar todo", con el símbolo ¶. Enseña las marcas ocultas: puntos para los espacios y ¶ al final de cada párrafo. Así descubrirás líneas vacías o espacios de más que descolocan el documento.

Para copiar un formato de un texto a otro, usa la brocha "Copiar formato": selecciona el texto de origen, pulsa la brocha y después selecciona el texto de destino.', 120),
(50103, 501, 3, 'Revisar y corregir', 'Reviewing and correcting',
'Un documento con faltas de ortografía transmite descuido, sobre todo en una candidatura de empleo. El procesador de textos te ayuda a evitarlo.

El corrector subraya en rojo las palabras que no reconoce y en otro color los posibles errores gramaticales. Haz clic derecho sobre la palabra para ver sugerencias. Comprueba que el idioma del documento es Español (España), porque con el idioma equivocado todo aparecerá subrayado. Ten en cuenta que el corrector no detecta todo: no distingue "haber" de "a ver" si ambas están bien escritas, así que relee siempre.

Buscar y reemplazar (Ctrl+L en Word en español) permite localizar una palabra y cambiarla en todo el documento de una vez. Útil, por ejemplo, si has escrito el nombre de una empresa de forma incorrecta diez veces.

Cuando varias personas trabajan sobre un mismo documento, se usan dos herramientas de la pestaña Revisar:
- Control de cambios: registra cada modificación, con lo añadido y lo borrado marcados en color. Quien recibe el documento puede aceptar o rechazar cada cambio.
- Comentarios: notas al margen para hacer preguntas o sugerencias sin tocar el texto.

Antes de enviar un documento final, acepta o rechaza todos los cambios y elimina los comentarios, o envíalo en PDF.

Consejo para releer: hazlo en voz alta o con el documento ampliado, y mejor al día siguiente. También puedes usar la función de lectura en voz alta del programa: oír el texto ayuda a descubrir frases confusas y palabras repetidas.', 120),
(50201, 502, 1, 'Diseño de página', 'Page layout',
'Antes de escribir un documento largo o formal, conviene preparar la página. Estas opciones están en la pestaña Disposición (Formato de página en otros programas):
- Tamaño: en España se usa el A4. Compruébalo, porque algunos programas vienen configurados con el tamaño Carta estadounidense.
- Orientación: vertical para la mayoría de documentos; horizontal para tablas anchas o carteles.
- Márgenes: el espacio en blanco alrededor del texto. Entre 2 y 2,5 cm es lo habitual.

El encabezado y el pie de página son zonas que se repiten en todas las páginas. Se editan haciendo doble clic en la parte superior o inferior de la página o desde Insertar. Son el lugar adecuado para el logotipo, el nombre del documento o el número de página. Para numerar, usa Insertar, Número de página: el programa calcula los números solo y los actualiza si añades páginas.

Cuando quieras que un apartado empiece en una página nueva, no pulses Intro hasta llegar abajo: inserta un salto de página con Ctrl+Intro. Si después añades texto antes, el apartado seguirá empezando en su propia página.

Los saltos de sección van un paso más allá: permiten que una parte del documento tenga otra orientación u otros encabezados, por ejemplo una tabla en horizontal en medio de un informe vertical.

Antes de imprimir, usa la vista previa de impresión para comprobar cómo quedarán las páginas. Te ahorrará papel y sorpresas.', 120),
(50202, 502, 2, 'La carta formal', 'The formal letter',
'Aunque hoy casi todo se comunica por correo electrónico, las cartas formales siguen siendo necesarias: reclamaciones, solicitudes a la Administración, cartas de presentación o comunicaciones a clientes. Su estructura habitual es:
- Datos de quien escribe: nombre, dirección, teléfono y correo, arriba a la izquierda o en el membrete.
- Lugar y fecha: Toledo, 12 de marzo de 2024. En español, los meses van en minúscula.
- Datos de quien recibe: nombre, cargo, entidad y dirección.
- Asunto: una línea que resume el motivo, como "Asunto: solicitud de información sobre el curso de soldadura".
- Saludo, seguido de dos puntos, no de coma: "Estimada señora García:".
- Cuerpo: un primer párrafo con el motivo, uno o dos con los detalles y un último con lo que solicitas o propones.
- Despedida: "Atentamente," o "Un cordial saludo,".
- Firma y nombre completo.

Escribe con frases cortas y claras, y ve al grano en el primer párrafo. Evita fórmulas anticuadas como "Por medio de la presente me dirijo a usted para". Mejor: "Le escribo para solicitar...".

Un truco de productividad: cuando tengas una carta bien maquetada, guárdala como plantilla (archivo .dotx en Word). Así, cada carta nueva partirá del mismo diseño, con tus datos y el formato ya preparados.

Ejercicio: redacta una carta formal a una empresa de tu zona solicitando información sobre sus procesos de selección.', 120),
(50203, 502, 3, 'Un currículo claro y profesional', 'A clear, professional CV',
'El currículo es a menudo el primer contacto con una empresa, y quien selecciona le dedica apenas unos segundos en la primera lectura. Debe ser claro, breve y fácil de recorrer con la vista.

Estructura recomendada:
- Datos de contacto: nombre, teléfono, correo profesional, localidad y, si lo tienes, enlace a tu perfil profesional en línea. No hace falta poner fecha de nacimiento, estado civil ni DNI.
- Perfil: tres o cuatro líneas que resumen quién eres profesionalmente y qué buscas.
- Experiencia: de la más reciente a la más antigua, con puesto, empresa, fechas y logros concretos.
- Formación, incluidos cursos como los de este programa.
- Competencias: idiomas, herramientas digitales y habilidades.

Trucos de formato con el procesador de textos:
- Usa una tabla sin bordes para colocar fechas a la izquierda y descripciones a la derecha; quedará alineado sin usar espacios ni tabuladores.
- Aplica los mismos estilos a todos los apartados para que el documento sea coherente.
- Una o dos páginas como máximo.
- Evita cuadros de texto y gráficos complicados: muchas empresas usan programas que leen los currículos automáticamente y no los interpretan bien.

Guárdalo en PDF con un nombre como cv-ana-martin-administrativa.pdf. Y adáptalo a cada oferta: destaca la experiencia y las palabras clave que piden en el anuncio.

Si prefieres un formato común europeo, la plataforma Europass permite crear el currículo en línea de forma gratuita.', 120),
(50301, 503, 1, 'Estilos: el formato inteligente', 'Styles: smart formatting',
'Un estilo es un conjunto de formatos con nombre: fuente, tamaño, color, espaciado y alineación guardados juntos. En lugar de aplicar a mano el formato a cada título, aplicas el estilo "Título 1" y listo.

Los estilos principales son:
- Normal: el texto corriente.
- Título 1: los apartados principales de un documento.
- Título 2 y Título 3: subapartados y divisiones menores.

Sus ventajas son enormes en documentos largos:
- Coherencia: todos los títulos del mismo nivel son idénticos.
- Rapidez: si quieres que los títulos sean azules en lugar de negros, modificas el estilo una vez y cambian todos a la vez. Haz clic derecho sobre el estilo en la galería y elige Modificar.
- Estructura: el programa entiende cuáles son los apartados, y eso permite crear índices automáticos y navegar por el documento.
- Accesibilidad: los lectores de pantalla usan los títulos para que las personas ciegas puedan moverse por el texto.

Los estilos están en la pestaña Inicio, en la galería de estilos. Para aplicarlos, sitúa el cursor en el párrafo y haz clic en el estilo; no hace falta seleccionar todo el texto.

Si has dado formato a un título a tu gusto, puedes crear un estilo nuevo a partir de él o actualizar el estilo existente para que coincida con la selección.

Ejercicio: abre un documento de varias páginas, aplica Título 1 a los apartados y Título 2 a los subapartados, y después cambia el color de Título 1 modificando el estilo.', 120),
(50302, 503, 2, 'Tablas e imágenes', 'Tables and images',
'Las tablas organizan datos en filas y columnas: un presupuesto, un horario o una comparación de ofertas. Para crear una, ve a Insertar, Tabla y elige el número de filas y columnas. Para añadir una fila al final, sitúate en la última celda y pulsa Tab.

Consejos para tablas claras:
- La primera fila como encabezado, con los nombres de las columnas en negrita.
- Si la tabla ocupa varias páginas, marca la opción de repetir la fila de encabezado en cada página.
- Alinea los números a la derecha, para que unidades y decenas coincidan.
- Bordes suaves o solo horizontales; los estilos de tabla del programa ayudan.

Para insertar una imagen, usa Insertar, Imágenes. Una vez colocada, ajusta su relación con el texto con las opciones de ajuste:
- En línea con el texto: la imagen se comporta como una letra más; es la opción más estable.
- Cuadrado o estrecho: el texto la rodea.
- Delante o detrás del texto: para diseños más libres, como carteles.

Cambia el tamaño arrastrando las esquinas, no los lados, para no deformarla.

En informes, numera y describe las figuras con Referencias, Insertar título. Obtendrás pies como "Figura 1. Ventas por trimestre" que se renumeran solos si añades más. Y añade el texto alternativo a cada imagen para que el documento sea accesible.', 120),
(50303, 503, 3, 'Índices automáticos', 'Automatic tables of contents',
'En un informe de más de cinco o seis páginas, un índice ayuda a encontrar cada apartado. Escribirlo a mano es mala idea: si cambia el texto, los números de página dejan de coincidir. El procesador lo genera solo a partir de los estilos de título.

Pasos en Word:
- Aplica los estilos Título 1, Título 2 y Título 3 a los apartados del documento.
- Sitúa el cursor donde quieras el índice, normalmente tras la portada.
- Ve a Referencias, Tabla de contenido, y elige uno de los diseños automáticos.

En LibreOffice Writer, la opción está en Insertar, Índices y tablas. En Documentos de Google, en Insertar, Índice.

Cuando añadas o cambies apartados, el índice no se actualiza por sí solo: haz clic sobre él y elige "Actualizar tabla", y después "Actualizar toda la tabla" para que cambien tanto los títulos como los números de página. Hazlo siempre antes de imprimir o exportar a PDF.

Otra ventaja de los estilos es el panel de navegación (Vista, Panel de navegación), que muestra la lista de apartados en un lateral. Al hacer clic en uno, saltas directamente a él, y puedes arrastrar un apartado para cambiarlo de sitio con todo su contenido.

Si exportas a PDF, los títulos se convierten en marcadores que permiten al lector navegar por el documento. Un informe bien estructurado es más cómodo para quien lo lee y mucho más fácil de mantener para quien lo escribe.', 120),
(50304, 503, 4, 'Combinar correspondencia', 'Mail merge',
'La combinación de correspondencia permite crear muchos documentos personalizados a partir de una plantilla y una lista de datos. Por ejemplo, enviar la misma carta a 80 clientes con el nombre y la dirección de cada uno, o imprimir etiquetas y diplomas.

Necesitas dos elementos:
- El documento principal, con el texto común.
- La fuente de datos: normalmente una hoja de cálculo con una fila por persona y una columna por dato, con encabezados como Nombre, Apellidos, Dirección y Localidad.

Pasos en Word, pestaña Correspondencia:
- Iniciar combinación de correspondencia y elegir el tipo: cartas, etiquetas o sobres.
- Seleccionar destinatarios, Usar una lista existente, y abrir la hoja de cálculo.
- Escribir la carta e insertar los campos combinados donde deban ir los datos: "Estimado/a «Nombre»:".
- Vista previa de resultados, para comprobar varias cartas.
- Finalizar y combinar: imprimir, crear un documento con todas las cartas o enviarlas por correo electrónico.

En LibreOffice Writer existe un asistente equivalente en Herramientas, Asistente para combinar correspondencia.

Antes de combinar, revisa la hoja de datos: nombres bien escritos, sin filas vacías y sin espacios de más. Un error en la fuente se multiplica por el número de destinatarios. Prueba primero con dos o tres registros.

Y recuerda que los datos de la lista son datos personales: úsalos solo para la finalidad para la que se recogieron y guárdalos de forma segura.', 120);

INSERT INTO quiz (id, module_id, title_es, title_en) VALUES
(501, 501, 'Cuestionario: Escribir y dar formato', 'Quiz: Writing and formatting'),
(502, 502, 'Cuestionario: Cartas y currículos', 'Quiz: Letters and CVs'),
(503, 503, 'Cuestionario: Informes y documentos largos', 'Quiz: Reports and long documents');

INSERT INTO quiz_question (id, quiz_id, position, prompt_es, explanation_es) VALUES
(50101, 501, 1, '¿Qué formato es el más adecuado para enviar un currículo final que debe verse igual en cualquier ordenador?',
 'El PDF conserva el diseño en cualquier equipo y no se modifica fácilmente, por eso es ideal para documentos finales.'),
(50102, 501, 2, '¿Cuándo se debe pulsar la tecla Intro mientras se escribe?',
 'El procesador salta de línea automáticamente; Intro crea un párrafo nuevo.'),
(50103, 501, 3, '¿Qué es mejor para separar párrafos en un documento profesional?',
 'El espaciado de párrafo mantiene una separación uniforme y no descoloca el documento como las líneas vacías.'),
(50104, 501, 4, 'Tu compañera quiere ver qué has cambiado en su informe y decidir si acepta cada cambio. ¿Qué herramienta usas?',
 'El control de cambios registra cada modificación para que otra persona pueda aceptarla o rechazarla.'),
(50201, 502, 1, '¿Cómo se consigue que un apartado empiece siempre en una página nueva?',
 'El salto de página mantiene el apartado al inicio de una página aunque cambie el texto anterior.'),
(50202, 502, 2, 'En una carta formal en español, ¿cómo se escribe el saludo?',
 'En español el saludo de una carta va seguido de dos puntos, no de coma.'),
(50203, 502, 3, '¿Dónde es más adecuado colocar el número de página?',
 'El encabezado y el pie se repiten en cada página, y la numeración automática se actualiza sola.'),
(50204, 502, 4, '¿Por qué conviene evitar cuadros de texto y gráficos complejos en el currículo?',
 'Muchas empresas filtran candidaturas con programas que leen el texto; un diseño sencillo se interpreta mejor.'),
(50301, 503, 1, '¿Qué ventaja tiene usar el estilo Título 1 en lugar de dar formato a mano a cada título?',
 'Los estilos guardan el formato con nombre y además indican la estructura del documento al programa.'),
(50302, 503, 2, 'Has añadido dos apartados a tu informe. ¿Qué debes hacer con el índice automático?',
 'El índice se genera a partir de los estilos, pero hay que actualizarlo tras hacer cambios.'),
(50303, 503, 3, '¿Cuál es la opción de ajuste de imagen más estable, que hace que la imagen se comporte como una letra más?',
 'Con el ajuste en línea la imagen se mueve junto con el texto y no se descoloca al editar.'),
(50304, 503, 4, '¿Qué dos elementos necesita una combinación de correspondencia?',
 'La plantilla aporta el texto común y la fuente de datos los datos de cada destinatario que se insertan en los campos.');

INSERT INTO quiz_option (id, question_id, position, text_es, correct) VALUES
(501011, 50101, 1, '.pdf', TRUE),
(501012, 50101, 2, '.docx', FALSE),
(501013, 50101, 3, '.odt', FALSE),
(501014, 50101, 4, '.txt', FALSE),
(501021, 50102, 1, 'Al final de cada línea.', FALSE),
(501022, 50102, 2, 'Para centrar un título.', FALSE),
(501023, 50102, 3, 'Cada vez que se escribe un punto.', FALSE),
(501024, 50102, 4, 'Solo para empezar un párrafo nuevo.', TRUE),
(501031, 50103, 1, 'Dejar dos líneas en blanco.', FALSE),
(501032, 50103, 2, 'Pulsar muchas veces la barra espaciadora.', FALSE),
(501033, 50103, 3, 'Configurar el espaciado después del párrafo.', TRUE),
(501034, 50103, 4, 'Cambiar el tamaño de la letra.', FALSE),
(501041, 50104, 1, 'Buscar y reemplazar', FALSE),
(501042, 50104, 2, 'Control de cambios', TRUE),
(501043, 50104, 3, 'Copiar formato', FALSE),
(501044, 50104, 4, 'Mostrar todo', FALSE),
(502011, 50201, 1, 'Pulsando Intro hasta llegar a la página siguiente.', FALSE),
(502012, 50201, 2, 'Insertando un salto de página con Ctrl+Intro.', TRUE),
(502013, 50201, 3, 'Reduciendo los márgenes.', FALSE),
(502014, 50201, 4, 'Cambiando la orientación a horizontal.', FALSE),
(502021, 50202, 1, 'Estimada señora García:', TRUE),
(502022, 50202, 2, 'Estimada señora García,', FALSE),
(502023, 50202, 3, 'Estimada señora García.', FALSE),
(502024, 50202, 4, 'ESTIMADA SEÑORA GARCÍA', FALSE),
(502031, 50203, 1, 'En el cuerpo del texto, escrito a mano en cada página.', FALSE),
(502032, 50203, 2, 'En el título del documento.', FALSE),
(502033, 50203, 3, 'En el encabezado o el pie de página, con la función de numeración automática.', TRUE),
(502034, 50203, 4, 'En un comentario.', FALSE),
(502041, 50204, 1, 'Porque están prohibidos.', FALSE),
(502042, 50204, 2, 'Porque hacen el archivo más pesado que un vídeo.', FALSE),
(502043, 50204, 3, 'Porque no se pueden imprimir.', FALSE),
(502044, 50204, 4, 'Porque los programas que leen currículos automáticamente pueden no interpretarlos bien.', TRUE),
(503011, 50301, 1, 'Ocupa menos espacio en disco.', FALSE),
(503012, 50301, 2, 'Todos los títulos son coherentes, se cambian de una vez y permiten crear un índice automático.', TRUE),
(503013, 50301, 3, 'Corrige la ortografía del título.', FALSE),
(503014, 50301, 4, 'Impide que otras personas modifiquen el documento.', FALSE),
(503021, 50302, 1, 'Actualizar la tabla para que cambien títulos y números de página.', TRUE),
(503022, 50302, 2, 'Nada, se actualiza solo en todo momento.', FALSE),
(503023, 50302, 3, 'Borrarlo y escribirlo a mano.', FALSE),
(503024, 50302, 4, 'Cambiar los márgenes.', FALSE),
(503031, 50303, 1, 'Delante del texto', FALSE),
(503032, 50303, 2, 'Detrás del texto', FALSE),
(503033, 50303, 3, 'En línea con el texto', TRUE),
(503034, 50303, 4, 'Estrecho', FALSE),
(503041, 50304, 1, 'Un índice y una tabla.', FALSE),
(503042, 50304, 2, 'Una imagen y un pie de página.', FALSE),
(503043, 50304, 3, 'Dos documentos idénticos.', FALSE),
(503044, 50304, 4, 'Un documento principal con el texto común y una fuente de datos con una fila por destinatario.', TRUE);

-- Course 6: excel (25 h = 1500 min)
INSERT INTO course_module (id, course_id, position, title_es, title_en) VALUES
(601, 6, 1, 'Primeros pasos con la hoja de cálculo', 'First steps with spreadsheets'),
(602, 6, 2, 'Fórmulas y funciones', 'Formulas and functions'),
(603, 6, 3, 'Gráficos y análisis', 'Charts and analysis');

INSERT INTO lesson (id, module_id, position, title_es, title_en, body_es, nominal_minutes) VALUES
(60101, 601, 1, 'Libros, hojas y celdas', 'Workbooks, sheets and cells',
'Una hoja de cálculo es una cuadrícula donde se guardan datos y se hacen cálculos automáticos. Los programas más usados son Microsoft Excel, LibreOffice Calc, gratuito, y Hojas de cálculo de Google, que funciona en el navegador. Sirven para llevar un presupuesto familiar, controlar facturas, planificar turnos o analizar las ventas de un negocio.

El vocabulario básico:
- Libro: el archivo completo, por ejemplo gastos-2024.xlsx.
- Hoja: cada una de las pestañas de la parte inferior del libro. Puedes tener una por mes.
- Columnas, identificadas con letras (A, B, C...), y filas, con números (1, 2, 3...).
- Celda: la intersección de una columna y una fila. Se nombra con su letra y su número: B3 es la celda de la columna B, fila 3. A ese nombre se le llama referencia.
- Rango: un grupo de celdas contiguas, como A1:A10, de la A1 a la A10.

Para escribir en una celda, selecciónala, escribe y pulsa Intro. El programa distingue tipos de datos: los textos se alinean a la izquierda y los números y fechas a la derecha. Si un número aparece a la izquierda, probablemente se ha guardado como texto y no servirá para calcular.

Un truco que ahorra mucho tiempo es el controlador de relleno: el cuadradito de la esquina inferior derecha de la celda seleccionada. Si escribes "enero" y lo arrastras hacia abajo, el programa completa febrero, marzo, abril... Funciona también con números, días de la semana y fechas.', 150),
(60102, 601, 2, 'Formato de celdas', 'Cell formatting',
'El formato cambia cómo se ve un dato, no su valor. Si escribes 1250,5 y aplicas el formato de moneda, verás 1.250,50 €, pero la celda sigue conteniendo el número 1250,5 y se puede usar en cálculos.

Formatos de número más útiles, en Inicio, Número:
- Moneda o contabilidad: añaden el símbolo del euro y dos decimales.
- Porcentaje: 0,21 se muestra como 21 %.
- Fecha: corta (12/03/2024) o larga (martes, 12 de marzo de 2024).
- Número con separador de miles y los decimales que quieras.

Otros ajustes de presentación:
- Ancho de columna: haz doble clic en el borde derecho de la letra de la columna para que se ajuste al contenido. Si ves ######, la columna es demasiado estrecha para el número.
- Negrita y relleno de color para la fila de encabezados.
- Bordes para delimitar tablas.
- Ajustar texto, para que un texto largo ocupe varias líneas dentro de la celda.

Cuando una tabla es larga y al bajar dejas de ver los encabezados, usa Vista, Inmovilizar, Inmovilizar fila superior. La primera fila quedará siempre visible.

Evita la tentación de combinar celdas dentro de las tablas de datos: queda bonito, pero complica ordenar, filtrar y copiar fórmulas. Para centrar un título sobre varias columnas hay alternativas, y en las tablas de datos es mejor que cada celda contenga un solo dato.', 150),
(60103, 601, 3, 'Organizar datos: ordenar y filtrar', 'Organising data: sorting and filtering',
'La hoja de cálculo rinde al máximo cuando los datos están bien organizados. La regla de oro es sencilla:
- Una fila de encabezados con nombres claros: Fecha, Cliente, Producto, Importe.
- Una fila por cada registro, por ejemplo por cada venta.
- Una columna por cada tipo de dato, sin mezclar: el importe en una columna y la moneda, si hace falta, en otra.
- Sin filas ni columnas vacías en medio de la tabla.

Con los datos así, puedes convertirlos en una tabla con Inicio, Dar formato como tabla. El programa añade colores alternos a las filas, botones de filtro en los encabezados y amplía la tabla automáticamente cuando escribes una fila nueva debajo.

Ordenar coloca las filas según una columna: clientes de la A a la Z, importes de mayor a menor o fechas de la más antigua a la más reciente. Usa siempre la opción de ordenar de la tabla o de Datos, Ordenar, para que se muevan las filas completas. Si ordenas una sola columna por separado, los datos de cada fila se desordenan y mezclan.

Filtrar muestra solo las filas que cumplen una condición, sin borrar las demás. Con las flechas de los encabezados puedes ver, por ejemplo, solo las ventas de marzo o solo los importes superiores a 500 euros. Al quitar el filtro, vuelve a aparecer todo.

Ejercicio: crea una tabla con tus gastos de un mes (fecha, concepto, categoría e importe), ordénala por importe y filtra una sola categoría.', 150),
(60201, 602, 1, 'Fórmulas y referencias', 'Formulas and references',
'Una fórmula es un cálculo que el programa hace por ti y que se actualiza solo cuando cambian los datos. Siempre empieza con el signo igual. Por ejemplo, si en B2 tienes el precio y en C2 la cantidad, en D2 escribes =B2*C2 y obtienes el importe.

Operadores básicos: + suma, - resta, * multiplicación, / división y ^ potencia. Se respeta el orden de las matemáticas: primero multiplicaciones y divisiones, después sumas y restas. =2+3*4 da 14, no 20. Usa paréntesis para cambiar el orden: =(2+3)*4 da 20.

Usa siempre referencias a celdas en lugar de escribir los números dentro de la fórmula. =B2*C2 se recalcula si cambias el precio; =25*3 no.

Lo más potente es copiar fórmulas. Si arrastras D2 hacia abajo con el controlador de relleno, en D3 aparecerá =B3*C3, en D4 =B4*C4, y así sucesivamente. Son referencias relativas: se ajustan al copiarlas.

A veces una referencia no debe cambiar. Imagina que el IVA está en la celda F1. Para calcularlo en cada fila escribes =D2*$F$1. Los signos de dólar fijan la columna y la fila: es una referencia absoluta, y al copiar la fórmula seguirá apuntando a F1. Puedes añadir los dólares pulsando F4 mientras escribes la referencia.

Para ver la fórmula de una celda, selecciónala y mira la barra de fórmulas, encima de las columnas.', 150),
(60202, 602, 2, 'Funciones básicas', 'Basic functions',
'Una función es una fórmula ya preparada con un nombre. Se escribe el nombre y, entre paréntesis, los argumentos, es decir, los datos con los que trabaja. En Excel y LibreOffice en español, los nombres están en español y los argumentos se separan con punto y coma.

Las más usadas:
- =SUMA(B2:B20) suma todos los números del rango.
- =PROMEDIO(B2:B20) calcula la media.
- =MAX(B2:B20) y =MIN(B2:B20) dan el valor más alto y el más bajo.
- =CONTAR(B2:B20) cuenta cuántas celdas contienen números.
- =CONTARA(A2:A20) cuenta las celdas que no están vacías, tengan texto o números.
- =REDONDEAR(B2;2) redondea a dos decimales.
- =HOY() devuelve la fecha de hoy.

El botón Autosuma (el símbolo Σ de la pestaña Inicio) inserta una suma del rango de encima o de la izquierda con un clic; su flecha ofrece también promedio, máximo y mínimo.

Al empezar a escribir =SU, el programa sugiere funciones que empiezan así, y al abrir el paréntesis muestra qué argumentos necesita. Aprovecha esa ayuda.

Ejemplo práctico: en una hoja de gastos con importes en C2:C31, escribe debajo Total =SUMA(C2:C31), Gasto medio =PROMEDIO(C2:C31) y Gasto mayor =MAX(C2:C31). Si corriges un importe, los tres resultados cambian al instante.

Un error frecuente es incluir en el rango la propia celda de la fórmula, lo que provoca una referencia circular. El programa avisa: revisa entonces el rango.', 150),
(60203, 602, 3, 'Funciones condicionales: SI, CONTAR.SI y SUMAR.SI', 'Conditional functions',
'A menudo el resultado depende de una condición. La función SI elige entre dos resultados:

=SI(condición; valor si se cumple; valor si no se cumple)

Por ejemplo, si la nota está en B2: =SI(B2>=5;"Apto";"No apto"). Los textos van entre comillas. La condición usa comparadores: = igual, <> distinto, >, <, >= y <=.

Otro ejemplo útil: calcular un descuento solo para pedidos grandes. =SI(D2>=500;D2*0,1;0) aplica un 10 % si el importe llega a 500 euros y cero en caso contrario.

Para contar y sumar con condiciones hay dos funciones muy prácticas:
- =CONTAR.SI(rango; criterio) cuenta las celdas que cumplen el criterio. =CONTAR.SI(C2:C100;"Toledo") dice cuántos clientes son de Toledo.
- =SUMAR.SI(rango; criterio; rango a sumar) suma solo las filas que cumplen el criterio. =SUMAR.SI(C2:C100;"Toledo";E2:E100) suma las ventas de Toledo.

El criterio puede ser una comparación entre comillas, como ">500", o una referencia a una celda donde escribes lo que buscas, lo que permite cambiar la consulta sin tocar la fórmula.

Si necesitas varias condiciones a la vez, existen CONTAR.SI.CONJUNTO y SUMAR.SI.CONJUNTO, que funcionan igual pero admiten varias parejas de rango y criterio: por ejemplo, ventas de Toledo en el mes de marzo.

Ejercicio: en tu hoja de gastos, suma lo gastado en la categoría "Alimentación" con SUMAR.SI.', 150),
(60204, 602, 4, 'Buscar datos y entender los errores', 'Looking up data and understanding errors',
'Cuando tienes una tabla de referencia, como una lista de productos con su código y su precio, puedes buscar un dato automáticamente en lugar de copiarlo a mano.

BUSCARV busca un valor en la primera columna de una tabla y devuelve el dato de otra columna de la misma fila:

=BUSCARV(A2;Productos!A:C;3;FALSO)

Se lee así: busca el código de A2 en las columnas A a C de la hoja Productos y devuelve lo que haya en la tercera columna. FALSO indica que la coincidencia debe ser exacta; olvidarlo es una causa frecuente de resultados erróneos.

En las versiones recientes existe BUSCARX, más flexible y sencilla: =BUSCARX(A2;Productos!A:A;Productos!C:C) busca en una columna y devuelve la columna que indiques, esté a la izquierda o a la derecha.

Los errores forman parte del trabajo con fórmulas. Saber leerlos ayuda a corregirlos:
- #N/D: el valor buscado no se encuentra, quizá por un espacio de más o un código mal escrito.
- #¡DIV/0!: se está dividiendo entre cero o entre una celda vacía.
- #¿NOMBRE?: el nombre de la función está mal escrito o falta una comilla.
- #¡REF!: la fórmula apunta a una celda que se ha borrado.
- #¡VALOR!: se intenta calcular con un texto.

Para mostrar un mensaje amable en lugar del error, usa SI.ERROR: =SI.ERROR(BUSCARV(A2;Productos!A:C;3;FALSO);"Código no encontrado").', 150),
(60301, 603, 1, 'Gráficos que se entienden', 'Charts that make sense',
'Un gráfico bien elegido permite ver de un vistazo lo que en una tabla cuesta minutos descubrir. Para crear uno, selecciona los datos con sus encabezados y ve a Insertar, Gráfico. El programa sugiere tipos según los datos.

¿Qué gráfico usar?
- Columnas o barras: comparar cantidades entre categorías, como las ventas de cada comercial. Si los nombres son largos, mejor barras horizontales.
- Líneas: mostrar la evolución en el tiempo, como las ventas mes a mes.
- Circular o de sectores: mostrar el reparto de un total, solo si hay pocas partes, cinco como máximo, y suman el 100 %.
- Dispersión: ver si dos variables están relacionadas, como horas de formación y productividad.

Para que un gráfico comunique bien:
- Un título que diga la conclusión: "Las ventas crecen desde mayo" dice más que "Ventas".
- Ejes con nombres y unidades (euros, unidades, meses).
- Pocos colores, y uno destacado para lo importante.
- Sin efectos 3D, que deforman las proporciones.
- En columnas y barras, el eje vertical debe empezar en cero; si no, las diferencias parecen mayores de lo que son.

Los gráficos están vinculados a los datos: si cambias una cifra, el gráfico se actualiza solo. Puedes copiarlos a un documento o a una presentación.

Ejercicio: con tu tabla de gastos, crea un gráfico de columnas con el total de cada categoría y ponle un título que resuma lo que se ve.', 150),
(60302, 603, 2, 'Tablas dinámicas', 'Pivot tables',
'Una tabla dinámica resume miles de filas en segundos sin escribir ninguna fórmula. Es la herramienta preferida para responder preguntas como: ¿cuánto ha vendido cada comercial por mes?, ¿qué producto se vende más en cada provincia?

Requisito previo: datos bien organizados, con una fila de encabezados, una fila por registro y sin filas vacías. Después:
- Haz clic dentro de los datos y ve a Insertar, Tabla dinámica.
- Elige colocarla en una hoja nueva.
- En el panel de campos, arrastra cada encabezado a una de las cuatro zonas.

Las cuatro zonas son:
- Filas: las categorías que aparecerán hacia abajo, por ejemplo Comercial.
- Columnas: las categorías que aparecerán en horizontal, por ejemplo Mes.
- Valores: lo que se calcula, normalmente la suma de Importe. Puedes cambiarla por recuento, promedio, máximo o mínimo.
- Filtros: para ver solo una parte, como un año o una provincia.

El nombre "dinámica" viene de que puedes reorganizarla en segundos arrastrando los campos a otras zonas, para mirar los mismos datos desde otro ángulo.

Importante: si cambian los datos de origen, la tabla dinámica no se actualiza sola. Haz clic derecho sobre ella y elige Actualizar. Si has añadido filas, es más cómodo que el origen sea una tabla con formato, porque crece automáticamente.

A partir de una tabla dinámica puedes crear un gráfico dinámico, que cambia al mismo tiempo que la tabla.', 150),
(60303, 603, 3, 'Formato condicional y presentación', 'Conditional formatting and presentation',
'El formato condicional cambia el aspecto de una celda según su valor, para que lo importante salte a la vista. Está en Inicio, Formato condicional. Algunos usos:
- Resaltar en rojo los importes negativos o las facturas vencidas.
- Marcar los valores duplicados en una lista de clientes.
- Barras de datos dentro de las celdas, que dibujan un pequeño gráfico.
- Escalas de color, que pintan de verde los valores altos y de rojo los bajos.

Úsalo con moderación: si todo está resaltado, nada destaca.

Antes de compartir o imprimir una hoja, cuida la presentación:
- Revisa Diseño de página: orientación, márgenes y la opción de ajustar todas las columnas en una página.
- Repite la fila de encabezados en cada página impresa con Imprimir títulos.
- Usa la vista previa para comprobar el resultado.
- Pon nombres claros a las hojas y borra las que no sirvan.

Si otras personas van a rellenar la hoja, puedes protegerla para que solo puedan escribir en ciertas celdas, en Revisar, Proteger hoja. Y con la validación de datos (Datos, Validación de datos) puedes limitar lo que se escribe en una celda, por ejemplo una lista desplegable con las categorías permitidas, lo que evita errores de escritura.

Para trabajar en equipo, guarda el libro en la nube y compártelo: varias personas pueden editarlo a la vez y ver los cambios de las demás. Recuerda no incluir datos personales innecesarios cuando compartas un archivo.', 150);

INSERT INTO quiz (id, module_id, title_es, title_en) VALUES
(601, 601, 'Cuestionario: Primeros pasos con la hoja de cálculo', 'Quiz: First steps with spreadsheets'),
(602, 602, 'Cuestionario: Fórmulas y funciones', 'Quiz: Formulas and functions'),
(603, 603, 'Cuestionario: Gráficos y análisis', 'Quiz: Charts and analysis');

INSERT INTO quiz_question (id, quiz_id, position, prompt_es, explanation_es) VALUES
(60101, 601, 1, '¿Qué indica la referencia B3?',
 'Las columnas se identifican con letras y las filas con números; B3 es la celda donde se cruzan la columna B y la fila 3.'),
(60102, 601, 2, 'Una celda muestra ######. ¿Qué ocurre normalmente?',
 'Al ensanchar la columna, por ejemplo con doble clic en su borde, el número se muestra correctamente.'),
(60103, 601, 3, 'Si aplicas formato de porcentaje a una celda que contiene 0,21, ¿qué verás?',
 'El formato de porcentaje multiplica la presentación por cien: 0,21 se muestra como 21 %, aunque el valor sigue siendo 0,21.'),
(60104, 601, 4, '¿Qué hace un filtro en una tabla?',
 'Los filtros ocultan temporalmente las filas que no interesan; al quitarlos vuelven a verse todas.'),
(60201, 602, 1, '¿Cuánto da la fórmula =2+3*4?',
 'Primero se multiplica (3*4 = 12) y después se suma 2. Para obtener 20 habría que escribir =(2+3)*4.'),
(60202, 602, 2, 'El IVA está en F1 y quieres copiar hacia abajo la fórmula =D2*F1 sin que cambie F1. ¿Cómo debes escribirla?',
 'Los signos de dólar convierten F1 en referencia absoluta: al copiar la fórmula seguirá apuntando a esa celda.'),
(60203, 602, 3, '¿Qué devuelve =SI(B2>=5;"Apto";"No apto") si B2 contiene 4,5?',
 '4,5 no es mayor ni igual que 5, así que la condición no se cumple y se devuelve el tercer argumento.'),
(60204, 602, 4, '¿Qué función suma las ventas solo de las filas cuya ciudad es Toledo?',
 'SUMAR.SI suma el rango indicado solo en las filas que cumplen el criterio; CONTAR.SI las contaría.'),
(60205, 602, 5, 'Un BUSCARV devuelve #N/D. ¿Cuál es la causa más probable?',
 '#N/D significa que no se encontró el valor; conviene revisar que esté escrito exactamente igual en ambas tablas.'),
(60301, 603, 1, '¿Qué tipo de gráfico es más adecuado para mostrar la evolución de las ventas mes a mes?',
 'Los gráficos de líneas muestran cómo cambia un valor a lo largo del tiempo.'),
(60302, 603, 2, '¿Por qué el eje vertical de un gráfico de columnas debe empezar en cero?',
 'La altura de las columnas se compara visualmente; un eje recortado exagera las diferencias.'),
(60303, 603, 3, 'En una tabla dinámica, ¿en qué zona colocas Importe para obtener la suma de ventas?',
 'En la zona Valores se coloca lo que se calcula, normalmente con suma, recuento o promedio.'),
(60304, 603, 4, 'Has añadido datos nuevos al origen de una tabla dinámica. ¿Qué debes hacer?',
 'Las tablas dinámicas no se recalculan automáticamente; hay que actualizarlas tras cambiar los datos.');

INSERT INTO quiz_option (id, question_id, position, text_es, correct) VALUES
(601011, 60101, 1, 'La tercera hoja del libro.', FALSE),
(601012, 60101, 2, 'El rango de la celda B a la celda 3.', FALSE),
(601013, 60101, 3, 'La celda de la columna B y la fila 3.', TRUE),
(601014, 60101, 4, 'La fila B y la columna 3.', FALSE),
(601021, 60102, 1, 'La fórmula tiene un error.', FALSE),
(601022, 60102, 2, 'El dato se ha borrado.', FALSE),
(601023, 60102, 3, 'El archivo está dañado.', FALSE),
(601024, 60102, 4, 'La columna es demasiado estrecha para mostrar el número.', TRUE),
(601031, 60103, 1, '0,21 %', FALSE),
(601032, 60103, 2, '21 %', TRUE),
(601033, 60103, 3, '2,1 %', FALSE),
(601034, 60103, 4, '210 %', FALSE),
(601041, 60104, 1, 'Borra las filas que no cumplen la condición.', FALSE),
(601042, 60104, 2, 'Muestra solo las filas que cumplen la condición, sin borrar las demás.', TRUE),
(601043, 60104, 3, 'Ordena los datos de mayor a menor.', FALSE),
(601044, 60104, 4, 'Cambia el formato de las celdas.', FALSE),
(602011, 60201, 1, '14', TRUE),
(602012, 60201, 2, '20', FALSE),
(602013, 60201, 3, '24', FALSE),
(602014, 60201, 4, '9', FALSE),
(602021, 60202, 1, '=D2*F1', FALSE),
(602022, 60202, 2, '=D2*$F$1', TRUE),
(602023, 60202, 3, '=$D$2*F1', FALSE),
(602024, 60202, 4, '=D2*"F1"', FALSE),
(602031, 60203, 1, 'No apto', TRUE),
(602032, 60203, 2, 'Apto', FALSE),
(602033, 60203, 3, '4,5', FALSE),
(602034, 60203, 4, 'Un error', FALSE),
(602041, 60204, 1, 'CONTAR.SI', FALSE),
(602042, 60204, 2, 'PROMEDIO', FALSE),
(602043, 60204, 3, 'BUSCARV', FALSE),
(602044, 60204, 4, 'SUMAR.SI', TRUE),
(602051, 60205, 1, 'Se está dividiendo entre cero.', FALSE),
(602052, 60205, 2, 'La columna es demasiado estrecha.', FALSE),
(602053, 60205, 3, 'El valor buscado no aparece en la tabla, por ejemplo por un espacio de más.', TRUE),
(602054, 60205, 4, 'El archivo no se ha guardado.', FALSE),
(603011, 60301, 1, 'Circular', FALSE),
(603012, 60301, 2, 'De dispersión', FALSE),
(603013, 60301, 3, 'Ninguno, mejor una tabla', FALSE),
(603014, 60301, 4, 'De líneas', TRUE),
(603021, 60302, 1, 'Porque si no, las diferencias entre columnas parecen mayores de lo que son.', TRUE),
(603022, 60302, 2, 'Porque el programa no permite otra cosa.', FALSE),
(603023, 60302, 3, 'Porque así ocupa menos espacio.', FALSE),
(603024, 60302, 4, 'Porque los números negativos no se pueden mostrar.', FALSE),
(603031, 60303, 1, 'Filas', FALSE),
(603032, 60303, 2, 'Columnas', FALSE),
(603033, 60303, 3, 'Valores', TRUE),
(603034, 60303, 4, 'Filtros', FALSE),
(603041, 60304, 1, 'Nada, se actualiza sola.', FALSE),
(603042, 60304, 2, 'Crear una tabla dinámica nueva cada vez.', FALSE),
(603043, 60304, 3, 'Actualizarla con clic derecho, Actualizar.', TRUE),
(603044, 60304, 4, 'Guardar el archivo en PDF.', FALSE);

-- Course 7: html-css (30 h = 1800 min)
INSERT INTO course_module (id, course_id, position, title_es, title_en) VALUES
(701, 7, 1, 'Cómo funciona la web', 'How the web works'),
(702, 7, 2, 'Estructura con HTML', 'Structure with HTML'),
(703, 7, 3, 'Estilo con CSS', 'Styling with CSS'),
(704, 7, 4, 'Diseño adaptable y publicación', 'Responsive design and publishing');

INSERT INTO lesson (id, module_id, position, title_es, title_en, body_es, nominal_minutes) VALUES
(70101, 701, 1, 'Navegadores, servidores y páginas', 'Browsers, servers and pages',
'Cada vez que escribes una dirección en el navegador ocurre una conversación rápida. Tu navegador (Chrome, Firefox, Edge o Safari) pide la página a un servidor, que es un ordenador conectado a internet donde están guardados los archivos de la web. El servidor responde enviando esos archivos y el navegador los interpreta y los dibuja en pantalla.

La dirección, llamada URL, tiene varias partes. En https://www.ejemplo.es/cursos/html.html:
- https es el protocolo, la forma de comunicarse; la s indica que la conexión va cifrada.
- www.ejemplo.es es el dominio, el nombre del servidor.
- /cursos/html.html es la ruta del archivo dentro del servidor.

Una página web se construye con tres lenguajes, cada uno con su función:
- HTML describe la estructura y el contenido: esto es un título, esto un párrafo, esto una imagen.
- CSS define la presentación: colores, tipografías, tamaños y la colocación de cada elemento.
- JavaScript añade comportamiento: menús que se despliegan, formularios que comprueban datos o contenidos que cambian sin recargar.

Una comparación útil es una casa: HTML son los muros y las habitaciones, CSS la pintura y los muebles, y JavaScript la electricidad que hace funcionar los aparatos.

En este curso trabajarás con HTML y CSS, la base imprescindible de cualquier perfil web, desde la maquetación hasta la gestión de contenidos o el marketing digital. Lo mejor es que para practicar solo necesitas un editor de textos y un navegador, ambos gratuitos.', 150),
(70102, 701, 2, 'Tus herramientas de trabajo', 'Your working tools',
'Para escribir HTML y CSS basta con un editor de textos, pero uno pensado para código te hará la vida más fácil. Visual Studio Code es gratuito, está disponible para Windows, Mac y Linux y colorea el código, sugiere etiquetas y detecta errores. No uses un procesador de textos como Word: añade formato oculto que estropea el código.

Organiza tu proyecto desde el principio:
- Crea una carpeta para la web, por ejemplo mi-web.
- Dentro, un archivo index.html, que es el nombre que los servidores buscan por defecto como página principal.
- Una carpeta css para las hojas de estilo y otra img para las imágenes.

Reglas para nombrar archivos y carpetas: todo en minúsculas, sin espacios, sin tildes ni eñes. Usa guiones para separar palabras: sobre-mi.html, no Sobre Mí.html. Muchos servidores distinguen mayúsculas y minúsculas, y los espacios y las tildes dan problemas en las direcciones.

Para ver tu página, abre index.html con el navegador haciendo doble clic, o arrastrándolo a una ventana. Cada vez que guardes un cambio en el editor, recarga el navegador con F5.

El navegador incluye las herramientas de desarrollo, que se abren con F12 o con clic derecho, Inspeccionar. Muestran el HTML de cualquier página, los estilos CSS que se le aplican a cada elemento y los errores. Puedes cambiar estilos en directo para probar, sin tocar tus archivos. Es la herramienta que más usarás para entender por qué algo no se ve como esperabas.', 150),
(70103, 701, 3, 'Tu primer documento HTML', 'Your first HTML document',
'HTML se escribe con etiquetas: palabras entre los signos < y > que marcan el principio y el final de cada elemento. Por ejemplo, <p>Hola</p> es un párrafo: <p> abre el elemento, </p> lo cierra, y el contenido queda en medio.

Todo documento HTML tiene el mismo esqueleto:

<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Taller de Marta</title>
</head>
<body>
<h1>Taller de Marta</h1>
<p>Reparación de bicicletas en Talavera.</p>
</body>
</html>

Qué significa cada parte:
- <!DOCTYPE html> indica al navegador que es un documento HTML moderno.
- <html lang="es"> envuelve todo y declara el idioma, lo que ayuda a los lectores de pantalla a pronunciar bien y a los buscadores a clasificar la página.
- <head> contiene información sobre la página que no se ve en el cuerpo: la codificación de caracteres (utf-8, para que tildes y eñes se vean bien) y el título que aparece en la pestaña del navegador.
- <body> contiene todo lo visible.

Las etiquetas pueden tener atributos, que añaden información: en <html lang="es">, lang es el atributo y "es" su valor.

Los elementos se anidan como cajas dentro de cajas, y deben cerrarse en orden inverso al que se abrieron. La sangría no es obligatoria en HTML, pero ayuda mucho a ver qué está dentro de qué.

Ejercicio: crea index.html con este esqueleto, cambia el título y el texto por los de un negocio inventado y ábrelo en el navegador.', 150),
(70201, 702, 1, 'Títulos, párrafos, listas y énfasis', 'Headings, paragraphs, lists and emphasis',
'HTML ofrece seis niveles de títulos, de <h1> a <h6>. Úsalos como en el índice de un libro: un solo <h1> por página con el tema principal, <h2> para los apartados y <h3> para los subapartados. No elijas un nivel por el tamaño de la letra; el tamaño se cambia con CSS. Los lectores de pantalla y los buscadores usan esta jerarquía para entender la página.

Los párrafos van dentro de <p>. Los saltos de línea y los espacios que escribas en el código no aparecen en pantalla: el navegador los junta en un solo espacio. Para separar bloques, usa elementos distintos.

Para dar importancia dentro de un texto:
- <strong> marca algo importante; por defecto se ve en negrita.
- <em> marca énfasis; por defecto se ve en cursiva.

Las listas son muy frecuentes en la web. Hay dos tipos:
- <ul>, lista sin orden, con viñetas: ventajas, servicios, requisitos.
- <ol>, lista ordenada, con números: pasos de un proceso.

Cada elemento de la lista va en un <li>:

<ul>
<li>Reparación de frenos</li>
<li>Cambio de cámaras</li>
<li>Puesta a punto</li>
</ul>

Los menús de navegación de casi todas las webs también son listas de enlaces, aunque con CSS se muestren en horizontal.

Consejo: escribe primero el contenido con la estructura HTML correcta, sin preocuparte del aspecto. Si la página se entiende sin estilos, estará bien construida y será accesible.', 150),
(70202, 702, 2, 'Enlaces e imágenes', 'Links and images',
'Los enlaces son la esencia de la web. Se crean con la etiqueta <a> y el atributo href, que indica el destino:

<a href="contacto.html">Contacta con nosotros</a>

El destino puede ser:
- Una ruta relativa a otra página de tu web: contacto.html o servicios/precios.html.
- Una dirección completa de otra web: https://www.ejemplo.es.
- Un correo: mailto:info@ejemplo.es.
- Un teléfono, muy útil en móviles: tel:+34925000000.

El texto del enlace debe explicar adónde lleva. "Descarga el folleto de cursos (PDF)" es mucho mejor que "pincha aquí", sobre todo para quien navega con lector de pantalla y escucha la lista de enlaces sin contexto.

Las imágenes se insertan con <img>, que no tiene etiqueta de cierre:

<img src="img/taller.jpg" alt="Marta ajustando el cambio de una bicicleta" width="800" height="533">

- src indica la ruta del archivo.
- alt es el texto alternativo: describe la imagen para quien no puede verla y aparece si la imagen no carga. Es obligatorio. Si la imagen es decorativa, se deja vacío: alt="".
- width y height indican el tamaño original, lo que evita que la página "salte" mientras carga.

Las rutas relativas parten de la carpeta del archivo HTML. Si index.html está junto a la carpeta img, la ruta es img/taller.jpg. Un error en la ruta, como una mayúscula de más, hace que la imagen no aparezca. Las herramientas de desarrollo te mostrarán el archivo que no se encuentra.', 150),
(70203, 702, 3, 'Estructura semántica y formularios', 'Semantic structure and forms',
'HTML semántico significa usar cada etiqueta por su significado, no por su aspecto. Además de títulos y párrafos, existen elementos para las grandes zonas de una página:
- <header>: la cabecera, con el logotipo y a menudo el menú.
- <nav>: el menú de navegación principal.
- <main>: el contenido principal, uno por página.
- <section>: un bloque temático con su propio título.
- <article>: un contenido independiente, como una noticia o una entrada de blog.
- <footer>: el pie, con contacto, avisos legales y redes sociales.

Usarlos no cambia el aspecto, pero permite a los lectores de pantalla saltar directamente al contenido o al menú, y ayuda a los buscadores.

Los formularios recogen datos de las personas usuarias: contacto, inscripción o búsqueda. Un campo bien hecho tiene siempre una etiqueta asociada:

<form action="/enviar" method="post">
<label for="correo">Correo electrónico</label>
<input type="email" id="correo" name="correo" required>
<button type="submit">Enviar</button>
</form>

El atributo for de <label> coincide con el id del campo. Así, al hacer clic en el texto se activa el campo y los lectores de pantalla anuncian qué hay que escribir. El tipo email hace que el móvil muestre un teclado con @ y que el navegador compruebe el formato; required impide enviar el campo vacío.

Otros tipos útiles son text, tel, number, date, checkbox y radio, y el elemento <textarea> para textos largos. Procesar los datos enviados requiere programación en el servidor, que queda fuera de este curso.', 150),
(70301, 703, 1, 'Reglas, selectores y clases', 'Rules, selectors and classes',
'CSS se escribe en un archivo aparte, por ejemplo css/estilos.css, que se enlaza desde el head de cada página:

<link rel="stylesheet" href="css/estilos.css">

Así, un solo archivo da estilo a toda la web y, si cambias un color, cambia en todas las páginas.

Una hoja de estilos es una lista de reglas. Cada regla tiene un selector, que indica a qué elementos se aplica, y entre llaves una o varias declaraciones formadas por propiedad y valor:

h1 {
    color: #1a4d7a;
    font-size: 2rem;
}

Cada declaración termina en punto y coma. Esta regla pone todos los h1 de color azul oscuro y con el doble del tamaño de letra base.

Los selectores más usados son:
- De elemento: p, h2, a. Se aplican a todas las etiquetas de ese tipo.
- De clase: empiezan por punto, como .destacado. Se aplican a los elementos con class="destacado". Una clase puede repetirse en muchos elementos, y un elemento puede tener varias clases.
- De identificador: empiezan por almohadilla, como #menu. El id debe ser único en la página; para estilos, es preferible usar clases.

Cuando varias reglas afectan al mismo elemento, CSS decide con la cascada: una regla más específica (una clase) gana a una más general (un elemento), y a igual especificidad gana la que está escrita después. Si un estilo no se aplica, inspecciona el elemento con F12: verás las reglas tachadas y cuál ha ganado.', 150),
(70302, 703, 2, 'Color y tipografía', 'Colour and typography',
'Los colores en CSS se pueden escribir por nombre (red, white), pero lo habitual es usar el código hexadecimal, como #1a4d7a, que encontrarás en cualquier selector de color. La propiedad color cambia el color del texto y background-color el del fondo.

El contraste entre texto y fondo es clave para que todas las personas puedan leer, incluidas las que tienen baja visión o leen el móvil al sol. Las pautas de accesibilidad piden una relación de contraste de al menos 4,5 a 1 para el texto normal. Hay comprobadores de contraste gratuitos en línea y en las herramientas de desarrollo del navegador. Un gris claro sobre blanco suele quedar elegante, pero muchas veces no supera la prueba.

Para la tipografía:
- font-family indica la fuente, con alternativas por si no está disponible: font-family: Arial, Helvetica, sans-serif;
- font-size fija el tamaño. Usa la unidad rem, relativa al tamaño que la persona ha elegido en su navegador: 1rem suele equivaler a 16 píxeles. Así, quien tiene la letra ampliada la verá ampliada también en tu web.
- line-height controla el interlineado; un valor de 1,5, que en CSS se escribe 1.5, facilita la lectura.
- font-weight: bold para negrita.

Un buen punto de partida para el cuerpo de toda la web:

body {
    font-family: Arial, Helvetica, sans-serif;
    font-size: 1.125rem;
    line-height: 1.5;
    color: #222222;
}

Limita la paleta a dos o tres colores y un color de acento para botones y enlaces. La coherencia visual transmite confianza.', 150),
(70303, 703, 3, 'El modelo de caja', 'The box model',
'Para el navegador, cada elemento es una caja rectangular. Entender sus capas es la clave para colocar cosas en CSS. Desde dentro hacia fuera:
- Contenido: el texto o la imagen.
- Relleno (padding): el espacio entre el contenido y el borde. Tiene el color de fondo del elemento.
- Borde (border): la línea que rodea la caja.
- Margen (margin): el espacio exterior que separa la caja de las vecinas. Es siempre transparente.

Ejemplo de un botón destacado:

.boton {
    background-color: #1a4d7a;
    color: white;
    padding: 0.75rem 1.5rem;
    border: 2px solid #0f2e49;
    border-radius: 6px;
}

Cuando padding lleva dos valores, el primero es el relleno de arriba y abajo, y el segundo el de izquierda y derecha. Con cuatro valores se indican en el sentido de las agujas del reloj: arriba, derecha, abajo, izquierda.

Un detalle que evita muchos quebraderos de cabeza: por defecto, el ancho que das con width no incluye relleno ni borde, así que la caja acaba siendo más ancha de lo previsto. Añade al principio de tu hoja esta regla, que hace que el ancho incluya ambos:

* {
    box-sizing: border-box;
}

Para que un bloque de texto no quede demasiado ancho en pantallas grandes, combina max-width: 70ch con margin: 0 auto. Las líneas no superarán unos setenta caracteres, cómodos de leer, y el bloque quedará centrado.

En las herramientas de desarrollo verás el modelo de caja de cada elemento dibujado con sus medidas.', 150),
(70401, 704, 1, 'Colocar elementos con Flexbox', 'Layouts with Flexbox',
'Por defecto, los bloques de una página se apilan uno debajo de otro. Para colocarlos en fila, como los enlaces de un menú o tres tarjetas de servicios, CSS ofrece Flexbox. Se activa en el elemento contenedor, el que envuelve a los que quieres colocar:

.tarjetas {
    display: flex;
    gap: 1rem;
    flex-wrap: wrap;
}

Con display: flex, los hijos directos se colocan en fila. gap fija el espacio entre ellos y flex-wrap: wrap les permite pasar a la línea siguiente si no caben, algo esencial en móviles.

Propiedades útiles del contenedor:
- justify-content reparte los elementos en horizontal: flex-start (al principio), center (centrados) o space-between (separados, el primero y el último pegados a los extremos).
- align-items los alinea en vertical: center es muy útil para centrar un logotipo con el texto del menú.
- flex-direction: column los vuelve a apilar, pero conservando las demás ventajas de Flexbox.

Y en los hijos, la propiedad flex controla cuánto crecen. Con flex: 1 1 250px cada tarjeta ocupa al menos unos 250 píxeles y crece para repartir el espacio sobrante. Así, en un ordenador verás tres tarjetas por fila y en un móvil una debajo de otra, sin escribir reglas distintas.

Para diseños de página completos, con filas y columnas a la vez, existe CSS Grid, el siguiente paso cuando domines Flexbox. Para practicar, intenta reproducir con Flexbox partes de webs que visites a menudo: un menú, una fila de tarjetas o un pie de página.', 150),
(70402, 704, 2, 'Diseño adaptable al móvil', 'Mobile-friendly design',
'Hoy la mayoría de visitas llegan desde el móvil, así que una web debe verse bien en cualquier pantalla. Esto se llama diseño adaptable o "responsive".

El primer paso es una línea en el head de cada página, sin la cual el móvil muestra la página como si fuera un ordenador, diminuta:

<meta name="viewport" content="width=device-width, initial-scale=1">

El segundo, evitar anchos fijos en píxeles para los contenedores. Usa porcentajes o max-width, y haz que las imágenes nunca se salgan de su caja:

img {
    max-width: 100%;
    height: auto;
}

El tercero son las consultas de medios (media queries): reglas que solo se aplican a partir de cierto ancho de pantalla. La estrategia recomendada es "primero el móvil": escribes los estilos para pantallas pequeñas y añades cambios para las grandes:

@media (min-width: 768px) {
    .menu {
        display: flex;
    }
}

En el móvil el menú se ve apilado y, a partir de 768 píxeles de ancho, en fila.

Pautas para que la web sea cómoda en el móvil:
- Botones y enlaces grandes, fáciles de pulsar con el dedo.
- Texto de al menos 16 píxeles.
- Nada de desplazamiento horizontal.

Para probar, las herramientas de desarrollo tienen un modo dispositivo que simula distintos móviles. Aun así, prueba siempre también en un teléfono real.', 150),
(70403, 704, 3, 'Accesibilidad, validación y publicación', 'Accessibility, validation and publishing',
'Antes de publicar, revisa la calidad de tu página. Una web accesible la puede usar todo el mundo: personas ciegas con lector de pantalla, quienes navegan solo con teclado, personas mayores o con baja visión. En la Unión Europea, además, la accesibilidad es obligatoria para las webs públicas y, cada vez más, para muchos servicios privados.

Lista de comprobación rápida:
- Cada imagen tiene su texto alternativo.
- Los títulos siguen un orden lógico, sin saltos de h1 a h4.
- El contraste de colores es suficiente.
- Se puede recorrer toda la página con la tecla Tab y se ve en todo momento dónde está el foco.
- Los formularios tienen etiquetas asociadas.
- El idioma está declarado en la etiqueta html.

Para detectar errores de código, usa el validador gratuito del W3C, el organismo que define los estándares web: pegas tu HTML y te señala etiquetas sin cerrar o atributos incorrectos. La herramienta Lighthouse, incluida en las herramientas de desarrollo de Chrome, puntúa rendimiento, accesibilidad y buenas prácticas y sugiere mejoras.

Para publicar, necesitas subir tus archivos a un servidor. Para proyectos personales y portfolios hay servicios de alojamiento de páginas estáticas con planes gratuitos en los que basta con subir la carpeta del proyecto. Después puedes asociar un dominio propio.

Tu proyecto final: una web de tres páginas (inicio, servicios y contacto) para un negocio real o inventado, adaptable al móvil y accesible. Será la primera pieza de tu portfolio profesional.', 150);

INSERT INTO quiz (id, module_id, title_es, title_en) VALUES
(701, 701, 'Cuestionario: Cómo funciona la web', 'Quiz: How the web works'),
(702, 702, 'Cuestionario: Estructura con HTML', 'Quiz: Structure with HTML'),
(703, 703, 'Cuestionario: Estilo con CSS', 'Quiz: Styling with CSS'),
(704, 704, 'Cuestionario: Diseño adaptable y publicación', 'Quiz: Responsive design and publishing');

INSERT INTO quiz_question (id, quiz_id, position, prompt_es, explanation_es) VALUES
(70101, 701, 1, '¿Cuál es la función de CSS en una página web?',
 'HTML estructura el contenido, CSS se ocupa de la presentación y JavaScript del comportamiento.'),
(70102, 701, 2, '¿Qué nombre de archivo es más adecuado para una página web?',
 'Minúsculas, sin espacios ni tildes y con guiones evita problemas en servidores y direcciones.'),
(70103, 701, 3, '¿Dónde se escribe el título que aparece en la pestaña del navegador?',
 'El elemento title, dentro de head, define el título de la pestaña; h1 es el título visible en la página.'),
(70104, 701, 4, '¿Para qué sirve el atributo lang="es" en la etiqueta html?',
 'Declarar el idioma permite pronunciar correctamente el texto con lectores de pantalla y clasificar la página.'),
(70201, 702, 1, '¿Cuántos elementos h1 se recomienda usar en una página?',
 'Un solo h1 marca el tema principal; h2 y h3 organizan los apartados, como en el índice de un libro.'),
(70202, 702, 2, '¿Qué texto de enlace es más adecuado?',
 'El texto del enlace debe explicar su destino, también fuera de contexto, como lo oye quien usa un lector de pantalla.'),
(70203, 702, 3, '¿Para qué sirve el atributo alt de una imagen?',
 'El texto alternativo hace accesible la imagen; en imágenes decorativas se deja vacío.'),
(70204, 702, 4, '¿Qué consigue asociar un label a un campo con el atributo for?',
 'La asociación entre label e input mejora la accesibilidad y facilita pulsar en campos pequeños.'),
(70301, 703, 1, '¿Cómo se escribe en CSS un selector para todos los elementos con class="destacado"?',
 'Los selectores de clase empiezan por punto; la almohadilla es para identificadores.'),
(70302, 703, 2, 'Dos reglas dan colores distintos a un mismo párrafo: una por su etiqueta p y otra por su clase. ¿Cuál gana?',
 'En la cascada de CSS gana la regla más específica; una clase es más específica que un selector de elemento.'),
(70303, 703, 3, '¿Por qué se recomienda la unidad rem para el tamaño de la letra?',
 'rem es relativa al tamaño base del navegador: si alguien lo amplía, el texto de la web también crece.'),
(70304, 703, 4, 'En el modelo de caja, ¿qué es el padding?',
 'El relleno o padding está dentro del borde; el margen, en cambio, está fuera.'),
(70401, 704, 1, 'En un contenedor con display: flex, ¿qué hace flex-wrap: wrap?',
 'Sin wrap, los elementos se estrechan para caber en una sola fila; con wrap, saltan a la siguiente línea.'),
(70402, 704, 2, '¿Qué pasa si una página no incluye la etiqueta meta viewport?',
 'La etiqueta viewport indica al móvil que use el ancho real de su pantalla; sin ella simula una pantalla de ordenador.'),
(70403, 704, 3, '¿Qué significa la estrategia "primero el móvil"?',
 'Se parte del diseño más sencillo, el del móvil, y se amplía con reglas que se aplican a partir de cierto ancho.'),
(70404, 704, 4, '¿Qué herramienta señala etiquetas sin cerrar o atributos incorrectos en tu HTML?',
 'El validador del W3C comprueba el código frente al estándar HTML e indica cada error y su línea.');

INSERT INTO quiz_option (id, question_id, position, text_es, correct) VALUES
(701011, 70101, 1, 'Definir la presentación: colores, tipografías, tamaños y colocación.', TRUE),
(701012, 70101, 2, 'Describir la estructura y el contenido.', FALSE),
(701013, 70101, 3, 'Guardar los datos de los usuarios.', FALSE),
(701014, 70101, 4, 'Enviar la página desde el servidor.', FALSE),
(701021, 70102, 1, 'Sobre Mí.html', FALSE),
(701022, 70102, 2, 'SOBRE_MÍ.HTML', FALSE),
(701023, 70102, 3, 'sobre-mi.html', TRUE),
(701024, 70102, 4, 'sobre mi.html', FALSE),
(701031, 70103, 1, 'En una etiqueta h1 dentro de body.', FALSE),
(701032, 70103, 2, 'En la etiqueta title dentro de head.', TRUE),
(701033, 70103, 3, 'En el nombre del archivo.', FALSE),
(701034, 70103, 4, 'En el atributo lang.', FALSE),
(701041, 70104, 1, 'Para traducir la página automáticamente.', FALSE),
(701042, 70104, 2, 'Para que se vean bien las tildes.', FALSE),
(701043, 70104, 3, 'Para que la página solo se vea en España.', FALSE),
(701044, 70104, 4, 'Para declarar el idioma, lo que ayuda a lectores de pantalla y buscadores.', TRUE),
(702011, 70201, 1, 'Uno por cada párrafo.', FALSE),
(702012, 70201, 2, 'Ninguno, es mejor usar h3.', FALSE),
(702013, 70201, 3, 'Tantos como textos grandes haya.', FALSE),
(702014, 70201, 4, 'Uno, con el tema principal.', TRUE),
(702021, 70202, 1, 'Descarga el folleto de cursos (PDF)', TRUE),
(702022, 70202, 2, 'Pincha aquí', FALSE),
(702023, 70202, 3, 'Más', FALSE),
(702024, 70202, 4, 'https://www.ejemplo.es/docs/f2024.pdf', FALSE),
(702031, 70203, 1, 'Para indicar el tamaño de la imagen.', FALSE),
(702032, 70203, 2, 'Para describir la imagen a quien no puede verla y mostrar un texto si no carga.', TRUE),
(702033, 70203, 3, 'Para enlazar la imagen con otra página.', FALSE),
(702034, 70203, 4, 'Para que la imagen cargue más rápido.', FALSE),
(702041, 70204, 1, 'Que el campo sea obligatorio.', FALSE),
(702042, 70204, 2, 'Que el formulario se envíe solo.', FALSE),
(702043, 70204, 3, 'Que al hacer clic en el texto se active el campo y los lectores de pantalla anuncien qué escribir.', TRUE),
(702044, 70204, 4, 'Que el campo cambie de color.', FALSE),
(703011, 70301, 1, 'destacado', FALSE),
(703012, 70301, 2, '#destacado', FALSE),
(703013, 70301, 3, '.destacado', TRUE),
(703014, 70301, 4, '<destacado>', FALSE),
(703021, 70302, 1, 'La de la clase, porque es más específica.', TRUE),
(703022, 70302, 2, 'La de la etiqueta p, porque es más general.', FALSE),
(703023, 70302, 3, 'Ninguna, el texto queda negro.', FALSE),
(703024, 70302, 4, 'Siempre la primera que aparece en el archivo.', FALSE),
(703031, 70303, 1, 'Porque ocupa menos en el archivo.', FALSE),
(703032, 70303, 2, 'Porque es la única que funciona en móviles.', FALSE),
(703033, 70303, 3, 'Porque hace la letra más gruesa.', FALSE),
(703034, 70303, 4, 'Porque respeta el tamaño de letra que cada persona ha elegido en su navegador.', TRUE),
(703041, 70304, 1, 'El espacio exterior que separa la caja de las demás.', FALSE),
(703042, 70304, 2, 'El espacio interior entre el contenido y el borde.', TRUE),
(703043, 70304, 3, 'La línea que rodea la caja.', FALSE),
(703044, 70304, 4, 'El color de fondo.', FALSE),
(704011, 70401, 1, 'Permite que los elementos pasen a la línea siguiente si no caben.', TRUE),
(704012, 70401, 2, 'Oculta los elementos que no caben.', FALSE),
(704013, 70401, 3, 'Pone un borde alrededor de los elementos.', FALSE),
(704014, 70401, 4, 'Centra el texto.', FALSE),
(704021, 70402, 1, 'No se ve en ordenadores.', FALSE),
(704022, 70402, 2, 'Las imágenes no cargan.', FALSE),
(704023, 70402, 3, 'El navegador no reconoce el HTML.', FALSE),
(704024, 70402, 4, 'En el móvil se muestra como en un ordenador, con todo diminuto.', TRUE),
(704031, 70403, 1, 'Diseñar solo para móviles.', FALSE),
(704032, 70403, 2, 'Escribir los estilos para pantallas pequeñas y añadir con media queries los cambios para pantallas grandes.', TRUE),
(704033, 70403, 3, 'Publicar primero la versión móvil y meses después la de ordenador.', FALSE),
(704034, 70403, 4, 'Usar solo imágenes pequeñas.', FALSE),
(704041, 70404, 1, 'Un comprobador de contraste.', FALSE),
(704042, 70404, 2, 'El gestor de contraseñas.', FALSE),
(704043, 70404, 3, 'El validador del W3C.', TRUE),
(704044, 70404, 4, 'El modo dispositivo del navegador.', FALSE);

-- Course 8: ciberseguridad (20 h = 1200 min)
INSERT INTO course_module (id, course_id, position, title_es, title_en) VALUES
(801, 8, 1, 'Cuentas y contraseñas', 'Accounts and passwords'),
(802, 8, 2, 'Fraudes y engaños', 'Scams and fraud'),
(803, 8, 3, 'Equipos, datos y redes', 'Devices, data and networks');

INSERT INTO lesson (id, module_id, position, title_es, title_en, body_es, nominal_minutes) VALUES
(80101, 801, 1, 'Por qué la ciberseguridad te afecta', 'Why cybersecurity matters to you',
'Es fácil pensar "a mí no me va a pasar, no tengo nada interesante". Pero la mayoría de los ataques no van dirigidos a personas concretas: son automáticos y masivos. Programas que prueban millones de contraseñas o correos fraudulentos enviados a miles de direcciones.

Lo que buscan los delincuentes:
- Dinero: acceso a tu banca en línea, a tu tarjeta o a pagos con tu móvil.
- Tus cuentas: un correo o una red social robados sirven para engañar a tus contactos, que confían en ti.
- Tus datos: nombre, DNI, dirección o fotos, que se venden o se usan para suplantar tu identidad, por ejemplo para pedir créditos a tu nombre.
- Tu equipo: un ordenador infectado puede usarse para atacar a otros o para cifrar tus archivos y pedir un rescate.

En el trabajo el riesgo se multiplica. Un solo descuido, como abrir un archivo adjunto falso, puede paralizar una empresa entera durante días. Por eso muchas ofertas de empleo valoran que la persona candidata conozca las buenas prácticas de seguridad, sea cual sea el puesto.

La buena noticia es que unas pocas costumbres, que aprenderás en este curso, evitan la gran mayoría de los problemas: contraseñas robustas, verificación en dos pasos, desconfianza ante mensajes urgentes, actualizaciones y copias de seguridad.

Y si tienes dudas, no estás sola ni solo: en España, el 017 es la línea gratuita y confidencial de ayuda en ciberseguridad del INCIBE, el Instituto Nacional de Ciberseguridad.', 120),
(80102, 801, 2, 'Contraseñas robustas y gestores de contraseñas', 'Strong passwords and password managers',
'Una contraseña robusta es, ante todo, larga. Cada carácter añadido multiplica el número de combinaciones que un programa tendría que probar. Las claves cortas, como nombres de mascotas, fechas o sus combinaciones con "123", caen en segundos, porque son lo primero que se prueba.

Una forma práctica de crear contraseñas largas y fáciles de recordar es la frase de contraseña: varias palabras sin relación entre sí, por ejemplo "tortilla-satélite-zapato-lluvia". Son mucho más difíciles de adivinar que "Mar1a!" y más fáciles de escribir.

La regla más importante, sin embargo, es no repetir contraseñas. Cuando una web sufre una filtración, los delincuentes prueban esos usuarios y contraseñas en otros servicios: el correo, el banco o las redes sociales. Si usas la misma en todos, una sola filtración les abre todas las puertas.

¿Cómo recordar decenas de contraseñas distintas? Con un gestor de contraseñas: una aplicación que las guarda cifradas y las rellena por ti. Solo tienes que recordar una contraseña maestra, que debe ser muy robusta. Los navegadores y los móviles incluyen gestores, y hay aplicaciones específicas, algunas gratuitas.

Otras pautas:
- Nunca compartas tus contraseñas, ni por teléfono ni por mensaje. Tu banco jamás te la pedirá.
- Cambia de inmediato la contraseña de un servicio si sabes que ha sufrido una filtración.
- Existen servicios en línea que indican si tu correo aparece en filtraciones conocidas; los gestores de contraseñas también suelen avisar.', 120),
(80103, 801, 3, 'Verificación en dos pasos', 'Two-step verification',
'La verificación en dos pasos, también llamada doble factor, añade una segunda comprobación al iniciar sesión. Además de algo que sabes (la contraseña), se pide algo que tienes, normalmente tu móvil. Así, aunque alguien consiga tu contraseña, no podrá entrar sin ese segundo elemento.

Los métodos más comunes, de menos a más seguro:
- Código por SMS: mejor que nada, aunque los mensajes pueden ser interceptados o redirigidos.
- Aplicación de autenticación: genera en el móvil un código de seis cifras que cambia cada 30 segundos. No depende de la cobertura.
- Confirmación en la aplicación: el servicio te pregunta en el móvil si eres tú quien intenta entrar.
- Llaves de seguridad físicas y llaves de acceso (passkeys): sustituyen o complementan la contraseña y son muy resistentes a los engaños.

Actívala primero en las cuentas más importantes: el correo electrónico, porque desde él se pueden recuperar todas las demás; la banca, las redes sociales y las tiendas en línea donde guardas tu tarjeta. La opción suele estar en Ajustes, Seguridad o Inicio de sesión.

Al activarla, muchos servicios ofrecen códigos de recuperación. Guárdalos en un lugar seguro, por ejemplo en tu gestor de contraseñas o impresos en casa: te permitirán entrar si pierdes el móvil.

Atención a un engaño frecuente: alguien te llama o te escribe diciendo que te ha enviado un código "por error" y te pide que se lo leas. Ese código es la llave de tu cuenta. Nunca lo compartas con nadie.', 120),
(80201, 802, 1, 'Correos fraudulentos (phishing)', 'Fraudulent emails (phishing)',
'El phishing es un engaño en el que alguien se hace pasar por una entidad de confianza, como un banco, una empresa de paquetería, la Agencia Tributaria o tu propio jefe, para que hagas clic en un enlace, abras un archivo o entregues datos.

Señales de alarma:
- Urgencia o amenaza: "tu cuenta será bloqueada en 24 horas", "tienes una multa pendiente".
- Premios o devoluciones inesperadas: "tienes un reembolso de 124,50 euros".
- Petición de datos que la entidad ya tiene o nunca pediría: contraseñas, códigos, el número completo de la tarjeta.
- Remitente extraño: el nombre dice "Banco", pero la dirección es algo como avisos@seguridad-banco-cliente.com.
- Enlaces que no llevan adonde dicen. En el ordenador, pasa el ratón por encima sin hacer clic y mira la dirección real que aparece abajo.
- Saludos genéricos, errores de redacción o adjuntos inesperados, como facturas comprimidas.

Hoy muchos fraudes están bien escritos y copian los logotipos a la perfección, así que no te fíes del aspecto. Lo decisivo es la petición: si te piden actuar deprisa, pagar o dar datos, desconfía.

Qué hacer ante la duda:
- No hagas clic ni respondas.
- Entra en el servicio por tu cuenta, escribiendo su dirección o usando su aplicación oficial, y comprueba si hay algún aviso.
- Si trabajas en una empresa, avisa al responsable de informática; quizá otras personas han recibido el mismo correo.
- Borra el mensaje o márcalo como correo no deseado.', 120),
(80202, 802, 2, 'Fraudes por SMS, teléfono y mensajería', 'Fraud by text, phone and messaging',
'Los mismos engaños llegan también por otros canales, a menudo con más éxito porque el móvil nos pilla con prisa.

Por SMS (smishing). Mensajes como "Su paquete está retenido, pague 1,99 euros de tasas" o "Hemos detectado un acceso no autorizado a su cuenta, verifique aquí". Los delincuentes pueden hacer que el SMS aparezca dentro del mismo hilo que los mensajes auténticos de tu banco, así que el remitente no es garantía.

Por teléfono (vishing). Alguien llama haciéndose pasar por tu banco, por el servicio técnico de una gran empresa informática o por tu compañía eléctrica. El número que ves en pantalla puede estar falsificado. Suelen pedirte que instales un programa para "ayudarte", que les dictes un código o que hagas una transferencia a una "cuenta segura". Un banco nunca te pedirá nada de eso.

Por mensajería. Un clásico en WhatsApp: "Hola mamá, se me ha roto el móvil, este es mi número nuevo". Al poco llega la petición de dinero urgente. Antes de pagar nada, llama al número antiguo de tu familiar o hazle una pregunta que solo esa persona sepa responder.

La regla de oro: si un mensaje o una llamada te mete prisa, cuelga o no respondas y contacta tú con la entidad por un canal que ya conozcas, como el teléfono que aparece en tu tarjeta o en su web oficial. Tomarse cinco minutos desactiva la mayoría de estos fraudes.', 120),
(80203, 802, 3, 'Compras seguras y qué hacer si te engañan', 'Safe shopping and what to do if you are scammed',
'Comprar en internet es cómodo y seguro si se toman precauciones. Las tiendas falsas copian el diseño de marcas conocidas y ofrecen precios irresistibles, y se anuncian en redes sociales. Antes de comprar en una tienda que no conoces:
- Busca opiniones de otras personas fuera de la propia web.
- Comprueba que tiene aviso legal con nombre de empresa, dirección y datos de contacto reales.
- Desconfía de descuentos exagerados y de cuentas atrás que te presionan.
- Paga con métodos que permiten reclamar, como tarjeta o plataformas de pago conocidas. Nunca por transferencia a particulares ni con tarjetas regalo.

En las empresas es frecuente el fraude del cambio de cuenta: llega un correo de un proveedor conocido, o de alguien que se hace pasar por él, indicando que las próximas facturas se paguen a un número de cuenta nuevo. En el "fraude del CEO", alguien suplanta a la dirección y pide una transferencia urgente y confidencial. La defensa es sencilla: confirmar siempre por teléfono, con un número ya conocido, cualquier cambio de cuenta o pago inusual.

Si has sido víctima:
- Llama de inmediato a tu banco para bloquear tarjetas y, si es posible, frenar la transferencia.
- Cambia las contraseñas afectadas y activa la verificación en dos pasos.
- Guarda las pruebas: capturas, correos y números de teléfono.
- Presenta denuncia ante la Policía Nacional, la Guardia Civil o la policía autonómica que corresponda.
- Pide orientación en el 017.', 120),
(80301, 803, 1, 'Actualizaciones y software de confianza', 'Updates and trustworthy software',
'Los programas tienen fallos, y algunos de ellos permiten a un atacante entrar en tu equipo. Cuando el fabricante descubre uno, publica una actualización que lo corrige. Por eso, actualizar es una de las medidas de seguridad más eficaces y más sencillas.
- Activa las actualizaciones automáticas del sistema operativo (Windows, macOS, Android, iOS), del navegador y de las aplicaciones.
- No pospongas indefinidamente los reinicios que piden las actualizaciones.
- Si un equipo ya no recibe actualizaciones, como un ordenador con un sistema antiguo o un móvil de hace muchos años, deja de usarlo para la banca y los datos importantes.

Instala programas y aplicaciones solo desde las fuentes oficiales: la tienda de aplicaciones del móvil o la web del fabricante. Los programas de pago "gratis" en webs de descargas dudosas son una vía habitual de infección.

El antivirus sigue siendo útil. Windows incluye uno gratuito, Microsoft Defender, que basta para la mayoría de usuarios domésticos si se mantiene activo y actualizado. No instales varios antivirus a la vez: interfieren entre sí.

Una de las amenazas más dañinas es el ransomware, un programa malicioso que cifra tus archivos y pide un rescate para devolverlos. Suele entrar por un adjunto o un enlace fraudulento. Pagar no garantiza recuperar nada y financia a los delincuentes. La mejor defensa combina actualizaciones, desconfianza ante adjuntos inesperados y, sobre todo, copias de seguridad, que verás en la siguiente lección.', 120),
(80302, 803, 2, 'Copias de seguridad', 'Backups',
'Un disco duro que se estropea, un móvil perdido, un borrado por error o un ataque de ransomware: todos pueden hacerte perder fotos de familia, documentos del trabajo o la contabilidad de tu negocio. La copia de seguridad es tu seguro.

La regla 3-2-1 resume una buena estrategia:
- 3 copias de tus datos: el original y dos copias.
- 2 soportes distintos, por ejemplo el ordenador y un disco externo.
- 1 copia fuera de casa o de la oficina, por ejemplo en un servicio de almacenamiento en la nube.

Frente al ransomware es clave que al menos una copia esté desconectada: un disco externo que conectas para hacer la copia y después guardas en un cajón. Si el disco está siempre conectado, el ransomware puede cifrarlo también.

Consejos prácticos:
- Automatiza. Windows y macOS incluyen herramientas de copia, y los móviles pueden copiar fotos y ajustes en la nube de forma automática.
- Decide la frecuencia según lo que puedes permitirte perder: si trabajas a diario con documentos importantes, copia a diario.
- Comprueba de vez en cuando que puedes recuperar un archivo de la copia. Una copia que no se puede restaurar no es una copia.

Recuerda que sincronizar no es lo mismo que copiar: si borras un archivo de una carpeta sincronizada, se borra también en la nube. Revisa si tu servicio guarda versiones anteriores y durante cuánto tiempo.', 120),
(80303, 803, 3, 'Redes wifi seguras', 'Secure wifi networks',
'El router de casa o de la oficina es la puerta de entrada a todos tus dispositivos. Configúralo bien:
- Cambia la contraseña de administración del router, que suele venir en una pegatina, y la contraseña del wifi por otra larga.
- Usa el cifrado WPA2 o, mejor, WPA3. Evita WEP, que es antiguo e inseguro.
- Desactiva WPS, la función para conectar dispositivos pulsando un botón o con un PIN, si no la usas.
- Crea una red de invitados para las visitas y para los aparatos conectados, como la televisión o los enchufes inteligentes.
- Mantén actualizado el router; tu operador suele hacerlo, pero compruébalo.

Las redes wifi públicas, como las de cafeterías, hoteles o estaciones, son cómodas pero arriesgadas. Cualquiera puede conectarse a ellas e incluso crear una red falsa con el mismo nombre para espiar el tráfico. Pautas:
- Evita hacer operaciones sensibles, como la banca en línea, en wifi públicas. Mejor usar los datos móviles.
- Comprueba que las webs usan https, con el candado, antes de escribir cualquier dato.
- Desactiva la conexión automática a redes abiertas en tu móvil.
- Si necesitas trabajar a menudo desde redes públicas, una VPN de confianza cifra toda tu conexión. Muchas empresas proporcionan una a su plantilla.

Al terminar de usar una red pública, "olvídala" en los ajustes del móvil para que no vuelva a conectarse sola.', 120),
(80304, 803, 4, 'El móvil y tu privacidad', 'Your phone and your privacy',
'El móvil concentra hoy el correo, la banca, las fotos, los contactos y los códigos de verificación. Perderlo sin protección es como perder la cartera, las llaves y el álbum familiar a la vez. Protégelo así:
- Bloqueo de pantalla con PIN de seis cifras, patrón complejo, huella o reconocimiento facial. Nunca sin bloqueo.
- Activa la función de localizar el dispositivo, que permite encontrarlo, bloquearlo o borrarlo a distancia.
- Mantén el sistema y las aplicaciones actualizados.
- Instala aplicaciones solo desde la tienda oficial y revisa sus permisos: una linterna no necesita acceder a tus contactos ni a tu ubicación.
- Borra las aplicaciones que ya no uses.

En las redes sociales, piensa antes de publicar. Información como tu fecha de nacimiento, el colegio de tus hijos, tu dirección o que estás de vacaciones fuera de casa puede usarse para engañarte, suplantarte o robarte. Revisa la configuración de privacidad para decidir quién ve tus publicaciones, y recuerda que lo que se publica puede copiarse y permanecer aunque lo borres.

En el trabajo, aplica el mismo cuidado con los datos de clientes y compañeros: no los envíes a tu correo personal, no los dejes a la vista en la pantalla y bloquea el ordenador (tecla Windows + L) al levantarte de la mesa.

Como resumen del curso, cinco hábitos: contraseñas únicas con gestor, verificación en dos pasos, desconfianza ante la urgencia, actualizaciones al día y copias de seguridad comprobadas.', 120);

INSERT INTO quiz (id, module_id, title_es, title_en) VALUES
(801, 801, 'Cuestionario: Cuentas y contraseñas', 'Quiz: Accounts and passwords'),
(802, 802, 'Cuestionario: Fraudes y engaños', 'Quiz: Scams and fraud'),
(803, 803, 'Cuestionario: Equipos, datos y redes', 'Quiz: Devices, data and networks');

INSERT INTO quiz_question (id, quiz_id, position, prompt_es, explanation_es) VALUES
(80101, 801, 1, '¿Qué hace más difícil de adivinar una contraseña?',
 'La longitud es lo que más aumenta las combinaciones posibles; las frases de contraseña son largas y fáciles de recordar.'),
(80102, 801, 2, '¿Por qué es peligroso usar la misma contraseña en varios servicios?',
 'Las contraseñas filtradas se prueban automáticamente en otros servicios; si se repiten, una filtración abre todas las cuentas.'),
(80103, 801, 3, '¿En qué cuenta es más importante activar primero la verificación en dos pasos?',
 'Quien controla tu correo puede restablecer las contraseñas del resto de servicios, por eso es la cuenta más crítica.'),
(80104, 801, 4, 'Alguien te llama, dice que te ha enviado un código por error y te pide que se lo leas. ¿Qué haces?',
 'Los códigos de verificación son la segunda llave de tu cuenta; nadie legítimo te los pedirá.'),
(80201, 802, 1, 'Un correo de tu "banco" dice que tu cuenta se bloqueará en 24 horas si no verificas tus datos en un enlace. ¿Qué es lo más sensato?',
 'La urgencia es una señal típica de phishing; comprobarlo por un canal propio evita caer en el engaño.'),
(80202, 802, 2, '¿Es una garantía que un SMS aparezca en el mismo hilo que los mensajes auténticos de tu banco?',
 'El remitente de un SMS se puede falsificar, por eso lo que importa es lo que te pide, no de dónde parece venir.'),
(80203, 802, 3, 'Un proveedor habitual envía un correo indicando que pagues sus facturas en una cuenta nueva. ¿Qué haces?',
 'Es el fraude del cambio de cuenta; responder al correo no sirve si el correo es falso. Hay que verificar por otro canal conocido.'),
(80204, 802, 4, 'Acabas de darte cuenta de que has pagado en una tienda falsa con tu tarjeta. ¿Qué es lo primero?',
 'Actuar rápido con el banco limita el daño; después conviene cambiar contraseñas, guardar pruebas y denunciar.'),
(80301, 803, 1, '¿Por qué es importante instalar las actualizaciones del sistema y las aplicaciones?',
 'Las actualizaciones cierran fallos de seguridad conocidos; aplazarlas deja esas puertas abiertas.'),
(80302, 803, 2, 'Según la regla 3-2-1, ¿cuántas copias de los datos debes tener?',
 'La regla 3-2-1 combina varias copias, soportes distintos y una copia externa para resistir cualquier incidente.'),
(80303, 803, 3, '¿Por qué conviene tener una copia de seguridad desconectada del ordenador?',
 'Una copia desconectada queda fuera del alcance del programa malicioso y permite recuperar los archivos.'),
(80304, 803, 4, 'Estás en la wifi gratuita de una estación y necesitas hacer una transferencia urgente. ¿Qué es lo más seguro?',
 'Las redes wifi públicas pueden ser espiadas o falsas; los datos móviles ofrecen una conexión más segura.'),
(80305, 803, 5, '¿Qué permiso debería hacerte desconfiar en una aplicación de linterna?',
 'Una linterna solo necesita el flash; pedir contactos o ubicación no tiene relación con su función.');

INSERT INTO quiz_option (id, question_id, position, text_es, correct) VALUES
(801011, 80101, 1, 'Que tenga tu fecha de nacimiento.', FALSE),
(801012, 80101, 2, 'Que sea corta pero con un signo de exclamación.', FALSE),
(801013, 80101, 3, 'Que sea la misma en todos los servicios.', FALSE),
(801014, 80101, 4, 'Que sea larga, por ejemplo varias palabras sin relación entre sí.', TRUE),
(801021, 80102, 1, 'Porque los servicios lo prohíben.', FALSE),
(801022, 80102, 2, 'Porque si se filtra en uno, los delincuentes la prueban en los demás.', TRUE),
(801023, 80102, 3, 'Porque caduca antes.', FALSE),
(801024, 80102, 4, 'Porque el gestor de contraseñas no la acepta.', FALSE),
(801031, 80103, 1, 'En el correo electrónico, porque desde él se pueden recuperar las demás cuentas.', TRUE),
(801032, 80103, 2, 'En un foro que visitas una vez al año.', FALSE),
(801033, 80103, 3, 'En una aplicación de juegos.', FALSE),
(801034, 80103, 4, 'Da igual el orden.', FALSE),
(801041, 80104, 1, 'Se lo lees, porque es un error suyo.', FALSE),
(801042, 80104, 2, 'Se lo das solo si parece amable.', FALSE),
(801043, 80104, 3, 'No se lo das: ese código sirve para entrar en tu cuenta.', TRUE),
(801044, 80104, 4, 'Le pides que te llame más tarde y se lo das entonces.', FALSE),
(802011, 80201, 1, 'Hacer clic enseguida para evitar el bloqueo.', FALSE),
(802012, 80201, 2, 'Responder al correo con tus datos.', FALSE),
(802013, 80201, 3, 'No hacer clic y entrar por tu cuenta en la web o la aplicación oficial del banco.', TRUE),
(802014, 80201, 4, 'Reenviarlo a todos tus contactos para avisarles.', FALSE),
(802021, 80202, 1, 'Sí, eso demuestra que es auténtico.', FALSE),
(802022, 80202, 2, 'Sí, si incluye un enlace.', FALSE),
(802023, 80202, 3, 'Solo si está bien escrito.', FALSE),
(802024, 80202, 4, 'No, los delincuentes pueden hacer que aparezca en ese mismo hilo.', TRUE),
(802031, 80203, 1, 'Confirmarlo llamando al proveedor a un número que ya conocías.', TRUE),
(802032, 80203, 2, 'Cambiar la cuenta en el sistema de pagos inmediatamente.', FALSE),
(802033, 80203, 3, 'Responder al mismo correo preguntando si es cierto.', FALSE),
(802034, 80203, 4, 'Pagar la mitad en cada cuenta.', FALSE),
(802041, 80204, 1, 'Esperar a ver si llega el pedido.', FALSE),
(802042, 80204, 2, 'Llamar al banco para bloquear la tarjeta.', TRUE),
(802043, 80204, 3, 'Escribir una reseña negativa.', FALSE),
(802044, 80204, 4, 'Volver a comprar en otra tienda.', FALSE),
(803011, 80301, 1, 'Porque cambian el diseño de los iconos.', FALSE),
(803012, 80301, 2, 'Porque liberan espacio en el disco.', FALSE),
(803013, 80301, 3, 'Porque son obligatorias por ley.', FALSE),
(803014, 80301, 4, 'Porque corrigen fallos que los atacantes podrían aprovechar.', TRUE),
(803021, 80302, 1, 'Tres: el original y dos copias, en dos soportes distintos y una fuera de casa.', TRUE),
(803022, 80302, 2, 'Una copia en la nube.', FALSE),
(803023, 80302, 3, 'Dos copias en el mismo disco.', FALSE),
(803024, 80302, 4, 'Tres copias en el mismo ordenador.', FALSE),
(803031, 80303, 1, 'Porque así se copia más deprisa.', FALSE),
(803032, 80303, 2, 'Porque los discos conectados se estropean antes.', FALSE),
(803033, 80303, 3, 'Porque el ransomware puede cifrar también los discos que están siempre conectados.', TRUE),
(803034, 80303, 4, 'No hace falta, da igual.', FALSE),
(803041, 80304, 1, 'Hacerla en la wifi pública, es rápida.', FALSE),
(803042, 80304, 2, 'Desconectarte de la wifi y hacerla con los datos móviles.', TRUE),
(803043, 80304, 3, 'Pedir a otra persona que la haga desde su portátil.', FALSE),
(803044, 80304, 4, 'Hacerla desde el ordenador público de la estación.', FALSE),
(803051, 80305, 1, 'Acceso a tus contactos y a tu ubicación.', TRUE),
(803052, 80305, 2, 'Acceso al flash de la cámara.', FALSE),
(803053, 80305, 3, 'Permiso para mantener la pantalla encendida.', FALSE),
(803054, 80305, 4, 'Ninguno, todas las aplicaciones necesitan todos los permisos.', FALSE);

-- Course 9: datos (30 h = 1800 min)
INSERT INTO course_module (id, course_id, position, title_es, title_en) VALUES
(901, 9, 1, 'Pensar con datos', 'Thinking with data'),
(902, 9, 2, 'Preparar y limpiar datos', 'Preparing and cleaning data'),
(903, 9, 3, 'Resumir con estadística básica', 'Summarising with basic statistics'),
(904, 9, 4, 'Comunicar con gráficos', 'Communicating with charts');

INSERT INTO lesson (id, module_id, position, title_es, title_en, body_es, nominal_minutes) VALUES
(90101, 901, 1, 'Del dato a la decisión', 'From data to decisions',
'Un dato es un hecho registrado: 23 grados, 14 ventas, 3 días de retraso. Por sí solo dice poco. Cuando se organiza y se compara, se convierte en información: "las ventas de los martes son la mitad que las de los sábados". Y cuando esa información ayuda a actuar, por ejemplo ajustando los turnos del personal, se convierte en una decisión.

El análisis de datos es el proceso que recorre ese camino. Lo usan una tienda que decide qué productos reponer, un ayuntamiento que planifica las rutas del autobús o una ONG que quiere saber qué actividades atraen a más participantes.

Todo análisis sigue, con más o menos detalle, estas etapas:
- Preguntar: definir qué queremos saber y para qué decisión.
- Obtener los datos: de los registros propios, de fuentes públicas o recogiéndolos.
- Limpiar: corregir errores, duplicados y huecos.
- Analizar: resumir, comparar y buscar patrones.
- Comunicar: contar los hallazgos de forma clara, con gráficos y recomendaciones.

El paso más importante es el primero. "Analiza las ventas" es demasiado vago. "¿Qué día de la semana y en qué franja horaria vendemos menos, para decidir el horario de apertura?" es una pregunta que se puede responder y que lleva a una acción.

No hace falta ser matemático para analizar datos. Hace falta curiosidad, orden y espíritu crítico. Y tu experiencia previa en un sector es un valor enorme: quien conoce bien un negocio sabe qué preguntas merecen la pena y detecta cuándo un resultado no tiene sentido.', 150),
(90102, 901, 2, 'Tipos de datos y tablas ordenadas', 'Data types and tidy tables',
'No todos los datos se tratan igual. Distinguir su tipo evita errores, como calcular la media de códigos postales.

Datos cuantitativos, que expresan cantidades y con los que se puede calcular:
- Discretos: se cuentan con números enteros, como el número de hijos o de pedidos.
- Continuos: pueden tomar cualquier valor en un intervalo, como la estatura, el peso o el tiempo de espera.

Datos cualitativos o categóricos, que expresan cualidades:
- Nominales: categorías sin orden, como la provincia, el sector o el método de pago.
- Ordinales: categorías con un orden natural, como el nivel de estudios o una valoración de "muy insatisfecho" a "muy satisfecho".

Ojo con los números que en realidad son categorías: el código postal, el DNI o el número de teléfono no se suman ni se promedian.

Para analizar con comodidad, los datos deben estar en una tabla ordenada:
- Cada columna es una variable, con un encabezado claro.
- Cada fila es una observación: una venta, una persona, un día.
- Cada celda contiene un solo valor.

Un error frecuente es recibir tablas pensadas para imprimirse: celdas combinadas, subtotales entre las filas, varios datos en una celda ("Toledo - 45 años") o una columna por mes. Antes de analizarlas habrá que reorganizarlas.

Ejercicio: piensa en los datos de una actividad que conozcas, como las consultas de un centro de salud, y enumera sus variables indicando el tipo de cada una.', 150),
(90103, 901, 3, 'Fuentes de datos, calidad y ética', 'Data sources, quality and ethics',
'Los datos pueden proceder de fuentes internas, como las ventas, el inventario o las encuestas a clientes, o de fuentes externas. Entre estas destacan los datos abiertos publicados por organismos públicos de forma gratuita:
- El Instituto Nacional de Estadística (INE): población, empleo, precios, turismo.
- El catálogo datos.gob.es, que reúne miles de conjuntos de datos de administraciones españolas.
- Eurostat, la oficina estadística de la Unión Europea, para comparar países.
- Los portales de datos abiertos de comunidades autónomas y ayuntamientos.

Antes de fiarte de unos datos, evalúa su calidad:
- ¿Quién los recoge y con qué método?
- ¿Están completos y actualizados?
- ¿Representan a toda la población que te interesa? Una encuesta hecha solo por internet deja fuera a quienes no lo usan. Eso se llama sesgo.
- ¿Se definen igual en todas las fuentes? "Cliente activo" puede significar cosas distintas en dos departamentos.

La ética es parte del trabajo con datos. Si contienen información de personas, se aplica el Reglamento General de Protección de Datos (RGPD): usarlos solo para la finalidad para la que se recogieron, guardar solo los necesarios y protegerlos. Para análisis y informes, trabaja con datos agregados o anonimizados, sin nombres ni información que permita identificar a alguien.

Y ten presente que los datos pueden reflejar desigualdades del pasado. Si tomas decisiones automáticas basadas en ellos sin revisarlas, puedes perpetuarlas.', 150),
(90201, 902, 1, 'Los problemas habituales de los datos', 'Common data problems',
'Se suele decir que la mayor parte del tiempo de un análisis se dedica a preparar los datos. No es exagerado: los datos reales casi nunca llegan limpios. Estos son los problemas más frecuentes:
- Duplicados: el mismo cliente registrado dos veces, o una venta importada dos veces.
- Valores vacíos: celdas sin dato. Hay que decidir si se deja el hueco, se completa con otra fuente o se excluye la fila, y dejar constancia.
- Formatos inconsistentes: fechas escritas como 03/05/2024, 3-5-24 o "3 de mayo"; importes con y sin el símbolo del euro.
- Variantes de una misma categoría: "Toledo", "toledo", "TOLEDO " (con un espacio al final) y "Tolédo" son la misma ciudad, pero para el ordenador son cuatro distintas.
- Números guardados como texto, que no se suman.
- Valores imposibles o atípicos: una edad de 240 años o un pedido de 1.000.000 de euros en una tienda pequeña. Pueden ser errores de escritura o casos reales excepcionales; hay que investigarlos antes de decidir.

Para detectar los problemas, empieza explorando:
- Ordena cada columna de menor a mayor y mira los extremos.
- Usa los filtros de la hoja de cálculo: la lista desplegable de cada columna muestra todos sus valores distintos y revela las variantes y los vacíos.
- Cuenta las filas y compáralas con lo esperado.

La regla de oro: nunca trabajes sobre el archivo original. Guarda una copia intacta de los datos tal como llegaron y limpia siempre sobre otra copia.', 150),
(90202, 902, 2, 'Limpiar datos con la hoja de cálculo', 'Cleaning data in a spreadsheet',
'La hoja de cálculo tiene herramientas suficientes para limpiar la mayoría de conjuntos de datos. Los nombres que siguen son los de Excel en español; LibreOffice Calc tiene equivalentes muy parecidos.

Quitar duplicados: Datos, Quitar duplicados. Elige qué columnas deben coincidir para considerar dos filas iguales; por ejemplo, el DNI en lugar del nombre.

Funciones de texto útiles, aplicadas en una columna auxiliar:
- =ESPACIOS(A2) elimina los espacios sobrantes al principio, al final y los dobles entre palabras.
- =NOMPROPIO(A2) pone en mayúscula la primera letra de cada palabra: "ANA GARCÍA" pasa a "Ana García".
- =MAYUSC(A2) y =MINUSC(A2) pasan todo a mayúsculas o minúsculas.
- =VALOR(A2) convierte en número un texto que parece número.

Después, copia la columna auxiliar y pégala sobre la original con Pegado especial, Valores, para quedarte con el resultado y no con la fórmula.

Buscar y reemplazar unifica variantes: cambia "Tolédo" por "Toledo" en toda la columna de una vez, o elimina el símbolo del euro para que los importes sean números.

Texto en columnas (en la pestaña Datos) separa un campo compuesto en varios: "Toledo - 45" se divide usando el guion como separador.

Para localizar celdas vacías, filtra la columna por "(Vacías)". Y para detectar valores imposibles, aplica un formato condicional que resalte, por ejemplo, las edades mayores de 110.

Cuando los datos son muy grandes o la limpieza se repite cada mes, existen herramientas específicas como Power Query, integrada en Excel, u OpenRefine, gratuita, que permiten grabar los pasos y repetirlos automáticamente.', 150),
(90203, 902, 3, 'Transformar y documentar', 'Transforming and documenting',
'Con los datos limpios, a menudo hay que crear columnas nuevas que faciliten el análisis. Son las variables derivadas:
- A partir de una fecha, extraer el mes con =MES(A2), el año con =AÑO(A2) o el día de la semana con =DIASEM(A2;2), que devuelve 1 para el lunes y 7 para el domingo.
- A partir de la edad, crear tramos: "menos de 30", "30 a 44", "45 a 64", "65 o más". Con tramos se comparan grupos con más facilidad.
- Calcular importes, como el precio con IVA, o indicadores, como el tiempo transcurrido entre dos fechas.
- Unir datos de dos tablas con BUSCARV o BUSCARX, por ejemplo añadir a cada venta la zona del comercial.

Tan importante como transformar es documentar lo que has hecho. Mantén en una hoja aparte del mismo libro un registro sencillo:
- De dónde vienen los datos y en qué fecha se descargaron.
- Qué significa cada columna y en qué unidades está.
- Qué cambios has hecho: filas eliminadas y por qué, valores corregidos, criterios para los vacíos.

Este registro, llamado a veces diccionario de datos, permite que otra persona entienda y repita tu trabajo, y te salvará cuando dentro de tres meses alguien pregunte por qué faltan veinte filas.

Antes de pasar al análisis, haz una última comprobación: cuenta las filas, revisa que los totales coinciden con los del sistema de origen y mira que no queden valores extraños. Cinco minutos de verificación evitan conclusiones equivocadas.', 150),
(90301, 903, 1, 'Media, mediana y moda', 'Mean, median and mode',
'Para resumir un conjunto de números en un solo valor representativo usamos medidas de tendencia central. Las tres principales son:
- Media: la suma de todos los valores dividida entre el número de valores. En la hoja de cálculo, =PROMEDIO(rango).
- Mediana: el valor que queda en el centro cuando se ordenan los datos; la mitad de los valores está por debajo y la otra mitad por encima. =MEDIANA(rango).
- Moda: el valor que más se repite. =MODA.UNO(rango). Es la única que sirve también para datos categóricos, como el producto más vendido.

¿Cuál usar? Veamos un ejemplo. Una pequeña empresa tiene cinco personas con estos sueldos mensuales: 1.400, 1.500, 1.600, 1.700 y 9.000 euros, este último de la dirección. La media es 3.040 euros, pero cuatro de las cinco personas cobran mucho menos. La mediana, 1.600 euros, describe mucho mejor el sueldo típico.

La media es sensible a los valores extremos; la mediana, no. Por eso:
- Usa la media cuando los datos son bastante simétricos y sin valores extremos, como las notas de un examen o las temperaturas.
- Usa la mediana con datos desiguales, como sueldos, precios de viviendas o tiempos de espera. Por eso muchas estadísticas oficiales de salarios informan también de la mediana.

Cuando la media y la mediana son muy distintas, es una señal de que hay valores extremos que conviene investigar. Un buen informe muestra ambas.', 150),
(90302, 903, 2, 'Dispersión: cuánto varían los datos', 'Spread: how much data varies',
'Dos grupos pueden tener la misma media y ser muy diferentes. Imagina dos cursos con una nota media de 6. En el primero, todas las notas están entre 5 y 7. En el segundo, la mitad tiene un 2 y la otra mitad un 10. La media es igual, pero la situación no tiene nada que ver. Las medidas de dispersión describen esa diferencia.
- Rango: la diferencia entre el valor máximo y el mínimo. Es sencillo, pero depende solo de dos valores, que pueden ser extremos.
- Desviación típica: indica cuánto se alejan, en promedio, los valores de la media. Cuanto mayor, más dispersos están los datos. En la hoja de cálculo, =DESVEST.M(rango) para una muestra.
- Cuartiles: dividen los datos ordenados en cuatro partes iguales. El primer cuartil deja por debajo el 25 % de los valores, el segundo es la mediana y el tercero deja por debajo el 75 %. Se calculan con =CUARTIL.INC(rango;1) y =CUARTIL.INC(rango;3).

La distancia entre el primer y el tercer cuartil, llamada rango intercuartílico, indica dónde se concentra la mitad central de los datos, sin que le afecten los extremos.

Un ejemplo práctico: un servicio de atención al cliente informa de que el tiempo medio de respuesta es de dos horas. Pero si el tercer cuartil es de seis horas, una de cada cuatro personas espera seis horas o más. Para quien gestiona el servicio, ese dato es más útil que la media.', 150),
(90303, 903, 3, 'Comparar grupos y relaciones', 'Comparing groups and relationships',
'Muchas preguntas consisten en comparar: ¿venden más las tiendas del centro que las de la periferia?, ¿aprueban más quienes hacen los ejercicios?

Para comparar grupos de tamaños distintos, usa porcentajes o tasas, no cifras absolutas. Si una oficina con 200 clientes recibe 20 quejas y otra con 50 clientes recibe 10, la primera tiene más quejas, pero la segunda tiene el doble de proporción: un 20 % frente a un 10 %.

Las tablas dinámicas son la herramienta ideal para comparar: filas con los grupos, valores con la suma, el promedio o el recuento, y la opción de mostrar valores como porcentaje del total.

Para estudiar la relación entre dos variables numéricas, como la temperatura y las ventas de helados, se usa un gráfico de dispersión y el coeficiente de correlación, =COEF.DE.CORREL(rango1;rango2). Va de -1 a 1:
- Cerca de 1: cuando una sube, la otra también.
- Cerca de -1: cuando una sube, la otra baja.
- Cerca de 0: no hay relación lineal.

La advertencia más importante del análisis de datos: correlación no implica causalidad. Las ventas de helados y los ahogamientos en playas y piscinas suben a la vez, pero los helados no causan ahogamientos; ambos aumentan por el calor del verano. Antes de concluir que una cosa causa otra, busca explicaciones alternativas.

También hay que tener cuidado con las muestras pequeñas: comparar dos tiendas durante una sola semana puede mostrar diferencias que son pura casualidad.', 150),
(90401, 904, 1, 'Elegir el gráfico adecuado', 'Choosing the right chart',
'El gráfico depende de lo que quieres mostrar. Antes de elegirlo, completa la frase: "quiero mostrar..."
- ...una comparación entre categorías: gráfico de barras. Ordena las barras de mayor a menor para facilitar la lectura, salvo que las categorías tengan un orden propio, como los meses.
- ...una evolución en el tiempo: gráfico de líneas, con el tiempo en el eje horizontal.
- ...una distribución, es decir, cómo se reparten los valores: histograma, que agrupa los datos en intervalos (cuántas personas tienen entre 20 y 29 años, entre 30 y 39...) y muestra dónde se concentran.
- ...una relación entre dos variables: gráfico de dispersión, un punto por cada observación.
- ...una composición, las partes de un total: barras apiladas o, si hay pocas partes, un gráfico circular.

Los gráficos circulares son populares pero difíciles de leer: el ojo humano compara mal ángulos y áreas. Con más de cuatro o cinco sectores, o con valores parecidos, unas barras funcionan mejor.

A veces el mejor gráfico es no hacer gráfico. Si solo tienes dos o tres números, una frase o una cifra destacada en grande ("El 68 % de las personas participantes encontró empleo en seis meses") comunica más que un gráfico.

Y una tabla es preferible cuando el público necesita consultar valores exactos, como un listado de precios.

Ejercicio: con datos abiertos del INE, busca la evolución del paro en tu provincia durante los últimos años y decide qué gráfico usarías para mostrarla.', 150),
(90402, 904, 2, 'Gráficos claros y honestos', 'Clear and honest charts',
'Un buen gráfico se entiende en pocos segundos. Para conseguirlo, quita todo lo que no aporta y destaca lo importante.

Quitar:
- Efectos 3D, sombras y fondos de color.
- Líneas de cuadrícula densas; basta con unas pocas y suaves.
- Leyendas innecesarias: si hay una sola serie, sobra. Si hay varias, a menudo es mejor escribir el nombre junto a cada línea.
- Decimales que no aportan: 23 % se lee mejor que 23,47 %.

Destacar:
- Usa un color gris para el contexto y un color intenso solo para lo que quieres señalar, por ejemplo tu provincia frente a las demás.
- Escribe un título que exprese la conclusión: "Las consultas por videollamada se triplican en dos años".
- Añade la fuente de los datos y la fecha, debajo del gráfico.

Un gráfico también puede engañar, a propósito o por descuido. Las trampas más frecuentes:
- Eje vertical que no empieza en cero en gráficos de barras, lo que exagera las diferencias.
- Escalas distintas en gráficos que se comparan entre sí.
- Elegir solo el periodo que favorece una conclusión.
- Mostrar cifras absolutas cuando hay que comparar proporciones.

Piensa también en la accesibilidad: alrededor de uno de cada doce hombres, y muchas menos mujeres, tiene algún tipo de daltonismo. Evita depender solo del rojo y el verde y combina el color con etiquetas o formas.', 150),
(90403, 904, 3, 'Contar la historia de los datos', 'Telling the story of the data',
'Un análisis solo sirve si alguien lo entiende y actúa. Por eso, al presentar resultados, no enseñes todo lo que has hecho: cuenta una historia con principio, nudo y desenlace.
- Contexto: cuál era la pregunta y por qué importa. "Queríamos saber por qué bajó la asistencia a los talleres en otoño".
- Hallazgos: dos o tres mensajes clave, cada uno apoyado en un gráfico. "La asistencia cayó sobre todo en los talleres de tarde".
- Recomendación: qué proponemos hacer y qué esperamos conseguir. "Pasar dos talleres a la mañana y medir la asistencia durante tres meses".

Adapta el nivel de detalle al público. La dirección quiere conclusiones y recomendaciones en una página; el equipo técnico quizá necesite la metodología completa en un anexo.

Sé honesta u honesto con las limitaciones: si los datos son de pocos meses o faltan algunos centros, dilo. Genera confianza y evita decisiones precipitadas.

Cuando los mismos indicadores se consultan a menudo, se construye un cuadro de mando: una página con los gráficos clave que se actualizan solos al cambiar los datos. Herramientas como Looker Studio o Power BI Desktop permiten crearlos de forma gratuita a partir de hojas de cálculo.

Si quieres seguir avanzando, los siguientes pasos habituales en la profesión son aprender SQL, el lenguaje para consultar bases de datos, y Python con sus bibliotecas de análisis. Con lo aprendido en este curso ya tienes la base para entender qué hacen y para qué.', 150);

INSERT INTO quiz (id, module_id, title_es, title_en) VALUES
(901, 901, 'Cuestionario: Pensar con datos', 'Quiz: Thinking with data'),
(902, 902, 'Cuestionario: Preparar y limpiar datos', 'Quiz: Preparing and cleaning data'),
(903, 903, 'Cuestionario: Resumir con estadística básica', 'Quiz: Summarising with basic statistics'),
(904, 904, 'Cuestionario: Comunicar con gráficos', 'Quiz: Communicating with charts');

INSERT INTO quiz_question (id, quiz_id, position, prompt_es, explanation_es) VALUES
(90101, 901, 1, '¿Cuál es la mejor pregunta para empezar un análisis?',
 'Una buena pregunta es concreta y está ligada a una decisión; así se sabe qué datos hacen falta y qué hacer con el resultado.'),
(90102, 901, 2, '¿Qué tipo de dato es el nivel de satisfacción de "muy insatisfecho" a "muy satisfecho"?',
 'Son categorías con un orden natural, lo que las convierte en datos ordinales.'),
(90103, 901, 3, '¿Por qué no tiene sentido calcular la media de los códigos postales?',
 'Los códigos postales identifican zonas; sumarlos o promediarlos no significa nada.'),
(90104, 901, 4, 'Una encuesta sobre hábitos digitales se hace solo por internet. ¿Qué problema tiene?',
 'Los resultados no representan a toda la población porque falta precisamente un grupo relevante para la pregunta.'),
(90201, 902, 1, '¿Por qué "Toledo" y "TOLEDO " pueden aparecer como ciudades distintas en un análisis?',
 'Para el ordenador cualquier diferencia de escritura crea una categoría distinta; hay que unificar antes de analizar.'),
(90202, 902, 2, '¿Qué hace la función =ESPACIOS(A2)?',
 'ESPACIOS limpia los espacios de más, una de las causas más frecuentes de categorías duplicadas.'),
(90203, 902, 3, '¿Qué debes hacer con el archivo original de los datos antes de limpiarlos?',
 'Conservar el original permite volver atrás y comprobar cualquier cambio.'),
(90204, 902, 4, '¿Para qué sirve un diccionario de datos?',
 'Documentar permite que otras personas entiendan y repitan el análisis, y justifica las decisiones tomadas.'),
(90301, 903, 1, 'Los sueldos de una empresa son 1.400, 1.500, 1.600, 1.700 y 9.000 euros. ¿Qué medida describe mejor el sueldo típico?',
 'La media se ve arrastrada por el valor extremo; la mediana representa mejor a la mayoría del grupo.'),
(90302, 903, 2, 'Dos clases tienen la misma nota media. ¿Qué medida indica en cuál están las notas más dispersas?',
 'La desviación típica mide cuánto se alejan los valores de la media; a mayor desviación, más dispersión.'),
(90303, 903, 3, '¿Qué indica el tercer cuartil de los tiempos de espera?',
 'El tercer cuartil deja por debajo tres cuartas partes de los valores; el 25 % restante espera más.'),
(90304, 903, 4, 'Las ventas de helados y los ahogamientos aumentan a la vez. ¿Qué se puede concluir?',
 'Correlación no implica causalidad; una tercera variable, el verano, explica ambas subidas.'),
(90305, 903, 5, 'Una oficina de 200 clientes tiene 20 quejas y otra de 50 clientes tiene 10. ¿Cuál tiene mayor proporción de quejas?',
 'Con grupos de distinto tamaño hay que comparar proporciones: 10 de 50 es el 20 %, y 20 de 200 es el 10 %.'),
(90401, 904, 1, '¿Qué gráfico muestra mejor cómo se distribuyen las edades de las personas inscritas en un curso?',
 'El histograma agrupa los valores en intervalos y muestra dónde se concentran, que es lo que se busca al estudiar una distribución.'),
(90402, 904, 2, '¿Por qué se desaconseja un gráfico circular con ocho sectores de tamaño parecido?',
 'Con muchos sectores o valores parecidos, un gráfico de barras permite comparar con mucha más precisión.'),
(90403, 904, 3, '¿Qué título de gráfico comunica mejor?',
 'Un título que expresa la conclusión ayuda a entender el gráfico de un vistazo.'),
(90404, 904, 4, 'Al presentar un análisis a la dirección, ¿qué estructura es más eficaz?',
 'Una historia clara y centrada en la decisión facilita que el análisis se entienda y se aplique.');

INSERT INTO quiz_option (id, question_id, position, text_es, correct) VALUES
(901011, 90101, 1, 'Analiza todas las ventas.', FALSE),
(901012, 90101, 2, '¿Cuántos datos tenemos?', FALSE),
(901013, 90101, 3, '¿Qué gráfico queda más bonito?', FALSE),
(901014, 90101, 4, '¿Qué día y franja horaria vendemos menos, para decidir el horario de apertura?', TRUE),
(901021, 90102, 1, 'Cuantitativo continuo', FALSE),
(901022, 90102, 2, 'Cualitativo nominal', FALSE),
(901023, 90102, 3, 'Cualitativo ordinal', TRUE),
(901024, 90102, 4, 'Cuantitativo discreto', FALSE),
(901031, 90103, 1, 'Porque son demasiado grandes.', FALSE),
(901032, 90103, 2, 'Porque son números que representan categorías, no cantidades.', TRUE),
(901033, 90103, 3, 'Porque la hoja de cálculo no lo permite.', FALSE),
(901034, 90103, 4, 'Porque siempre tienen cinco cifras.', FALSE),
(901041, 90104, 1, 'Tiene un sesgo: deja fuera a quienes no usan internet.', TRUE),
(901042, 90104, 2, 'Ninguno, internet llega a todo el mundo.', FALSE),
(901043, 90104, 3, 'Es ilegal según el RGPD.', FALSE),
(901044, 90104, 4, 'Sus datos son cualitativos.', FALSE),
(902011, 90201, 1, 'Porque son ciudades diferentes.', FALSE),
(902012, 90201, 2, 'Porque la hoja de cálculo tiene un error.', FALSE),
(902013, 90201, 3, 'Porque difieren en mayúsculas y en un espacio final, y el ordenador las trata como valores distintos.', TRUE),
(902014, 90201, 4, 'Porque una está en negrita.', FALSE),
(902021, 90202, 1, 'Elimina los espacios sobrantes al principio, al final y los dobles entre palabras.', TRUE),
(902022, 90202, 2, 'Añade un espacio entre cada letra.', FALSE),
(902023, 90202, 3, 'Cuenta los espacios del texto.', FALSE),
(902024, 90202, 4, 'Convierte el texto en número.', FALSE),
(902031, 90203, 1, 'Borrarlo para no confundirte.', FALSE),
(902032, 90203, 2, 'Guardar una copia intacta y limpiar sobre otra copia.', TRUE),
(902033, 90203, 3, 'Limpiarlo directamente para ahorrar tiempo.', FALSE),
(902034, 90203, 4, 'Enviarlo por correo a todo el equipo.', FALSE),
(902041, 90204, 1, 'Para traducir los datos a otro idioma.', FALSE),
(902042, 90204, 2, 'Para corregir la ortografía de la tabla.', FALSE),
(902043, 90204, 3, 'Para ordenar las columnas alfabéticamente.', FALSE),
(902044, 90204, 4, 'Para documentar el origen, el significado de cada columna y los cambios realizados.', TRUE),
(903011, 90301, 1, 'La media, 3.040 euros.', FALSE),
(903012, 90301, 2, 'El máximo, 9.000 euros.', FALSE),
(903013, 90301, 3, 'El rango, 7.600 euros.', FALSE),
(903014, 90301, 4, 'La mediana, 1.600 euros.', TRUE),
(903021, 90302, 1, 'La desviación típica', TRUE),
(903022, 90302, 2, 'La moda', FALSE),
(903023, 90302, 3, 'La media', FALSE),
(903024, 90302, 4, 'El recuento', FALSE),
(903031, 90303, 1, 'El tiempo de espera más largo.', FALSE),
(903032, 90303, 2, 'El tiempo por debajo del cual queda el 75 % de las esperas.', TRUE),
(903033, 90303, 3, 'La media de las esperas.', FALSE),
(903034, 90303, 4, 'El número de esperas registradas.', FALSE),
(903041, 90304, 1, 'Que los helados causan ahogamientos.', FALSE),
(903042, 90304, 2, 'Que los ahogamientos hacen vender helados.', FALSE),
(903043, 90304, 3, 'Que están correlacionados, probablemente por una causa común: el calor.', TRUE),
(903044, 90304, 4, 'Que los datos están mal.', FALSE),
(903051, 90305, 1, 'La primera, porque tiene más quejas.', FALSE),
(903052, 90305, 2, 'Las dos por igual.', FALSE),
(903053, 90305, 3, 'No se puede saber.', FALSE),
(903054, 90305, 4, 'La segunda, con un 20 % frente a un 10 %.', TRUE),
(904011, 90401, 1, 'Un gráfico circular', FALSE),
(904012, 90401, 2, 'Un histograma', TRUE),
(904013, 90401, 3, 'Un gráfico de líneas', FALSE),
(904014, 90401, 4, 'Un mapa', FALSE),
(904021, 90402, 1, 'Porque el ojo humano compara mal ángulos y áreas, y las diferencias no se aprecian.', TRUE),
(904022, 90402, 2, 'Porque no se puede imprimir.', FALSE),
(904023, 90402, 3, 'Porque solo admite números enteros.', FALSE),
(904024, 90402, 4, 'Porque ocupa demasiado espacio.', FALSE),
(904031, 90403, 1, 'Gráfico 1', FALSE),
(904032, 90403, 2, 'Datos de consultas', FALSE),
(904033, 90403, 3, 'Las consultas por videollamada se triplican en dos años', TRUE),
(904034, 90403, 4, 'Consultas (2022-2024) por canal, en número absoluto', FALSE),
(904041, 90404, 1, 'Contexto, dos o tres hallazgos clave y una recomendación.', TRUE),
(904042, 90404, 2, 'Mostrar todas las tablas y gráficos que has hecho.', FALSE),
(904043, 90404, 3, 'Explicar primero todas las fórmulas utilizadas.', FALSE),
(904044, 90404, 4, 'Solo los datos en bruto, para que saquen sus conclusiones.', FALSE);

-- Course 10: nube (15 h = 900 min)
INSERT INTO course_module (id, course_id, position, title_es, title_en) VALUES
(1001, 10, 1, 'Qué es la nube', 'What the cloud is'),
(1002, 10, 2, 'Guardar, compartir y colaborar', 'Storing, sharing and collaborating'),
(1003, 10, 3, 'Trabajo en remoto y nube para pequeñas empresas', 'Remote work and the cloud for small businesses');

INSERT INTO lesson (id, module_id, position, title_es, title_en, body_es, nominal_minutes) VALUES
(100101, 1001, 1, 'La nube explicada sin tecnicismos', 'The cloud without jargon',
'"Guardar en la nube" significa guardar en ordenadores de otra empresa, a los que accedes a través de internet. Esos ordenadores, llamados servidores, están en grandes edificios llamados centros de datos, con refrigeración, vigilancia y suministro eléctrico de reserva. La palabra "nube" viene de los antiguos esquemas de redes, donde internet se dibujaba como una nube porque no importaba qué había dentro.

Probablemente ya usas la nube a diario:
- Tu correo web, como Gmail u Outlook: los mensajes no están en tu móvil, sino en los servidores del proveedor. Por eso los ves igual desde cualquier dispositivo.
- Las fotos del móvil que se copian solas en tu cuenta.
- Las plataformas de series y música, que no descargas: las reproduces desde sus servidores.
- Los documentos que editas en el navegador.

La gran ventaja es el acceso desde cualquier lugar y dispositivo: empiezas un documento en el ordenador de la oficina, lo revisas en el móvil en el autobús y lo terminas en casa. Además, si se estropea tu ordenador, tus archivos siguen a salvo.

La contrapartida es que dependes de la conexión a internet y del proveedor. Sin conexión, algunas funciones no estarán disponibles, aunque muchas aplicaciones permiten trabajar sin conexión y sincronizar después. Y tus datos están en manos de un tercero, así que hay que elegirlo bien y proteger la cuenta con una contraseña robusta y verificación en dos pasos.', 100),
(100102, 1001, 2, 'Tipos de servicios en la nube', 'Types of cloud services',
'No toda la nube es igual. Los servicios se clasifican según cuánto te da hecho el proveedor. Una comparación con la vivienda lo aclara:
- Infraestructura como servicio (IaaS): alquilas un piso vacío. El proveedor te da servidores, almacenamiento y red, y tú instalas y gestionas todo lo demás. Lo usan equipos técnicos que necesitan control total.
- Plataforma como servicio (PaaS): alquilas un piso con cocina y baño instalados. El proveedor se ocupa del sistema y tú solo pones tu aplicación. Lo usan quienes desarrollan software.
- Software como servicio (SaaS): te alojas en un hotel. Usas una aplicación completa desde el navegador, sin instalar ni mantener nada: correo, ofimática en línea, programas de facturación o de gestión de clientes. Es el tipo que más usarán la mayoría de personas y pequeñas empresas.

También se distingue dónde está la nube:
- Nube pública: servicios compartidos por muchos clientes de grandes proveedores. Es la más habitual y económica.
- Nube privada: servidores dedicados a una sola organización, en sus instalaciones o en un proveedor. Más control y más coste.
- Nube híbrida: combinación de ambas. Por ejemplo, un hospital que guarda los historiales en su nube privada y usa el correo en una nube pública.

En la mayoría de servicios SaaS se paga una suscripción mensual o anual por usuario, y muchos tienen versiones gratuitas con límites. Antes de contratar, compara qué incluye cada plan y cuánto costará cuando crezca el número de usuarios.', 100),
(100103, 1001, 3, 'Ventajas, riesgos y protección de datos', 'Benefits, risks and data protection',
'Para una persona o una pequeña empresa, la nube ofrece ventajas claras:
- No hay que comprar ni mantener servidores: se paga por uso o por suscripción.
- Se puede crecer o reducir fácilmente, añadiendo o quitando usuarios y espacio.
- Las actualizaciones y las copias de la infraestructura las hace el proveedor.
- Permite el trabajo en remoto y la colaboración en tiempo real.

Pero también tiene riesgos que conviene conocer:
- Caídas del servicio: si el proveedor falla o se corta internet, no puedes trabajar. Ten un plan alternativo para lo imprescindible.
- Dependencia del proveedor: si decides cambiar, migrar los datos puede ser complicado. Comprueba antes que puedes exportarlos en formatos estándar.
- Cambios de precio o de condiciones, o incluso el cierre del servicio.
- Accesos indebidos, casi siempre por contraseñas débiles o enlaces compartidos sin control, no por fallos del proveedor.

Un punto clave es la protección de datos. Si guardas en la nube datos personales de clientes o de plantilla, tú sigues siendo responsable de ellos según el RGPD, y el proveedor actúa como encargado del tratamiento. Debes firmar con él un contrato de encargo, que los grandes proveedores suelen incluir en sus condiciones, y saber en qué países se guardan los datos. Lo más sencillo es elegir proveedores que los almacenen en la Unión Europea.

Recuerda también que la nube no sustituye a tus propias copias de seguridad: un borrado accidental se sincroniza en todos tus dispositivos.', 100),
(100201, 1002, 1, 'Almacenamiento en la nube', 'Cloud storage',
'Los servicios de almacenamiento en la nube más conocidos son Google Drive, Microsoft OneDrive, Dropbox e iCloud. Todos ofrecen un espacio gratuito limitado, de unos pocos gigabytes, y planes de pago con más capacidad. En algunos, el espacio gratuito se comparte entre el correo, las fotos y los archivos, así que se llena antes de lo que parece.

Se pueden usar de dos maneras:
- Desde el navegador, entrando en la web del servicio con tu cuenta, para subir, descargar y organizar archivos.
- Con la aplicación de escritorio o del móvil, que crea una carpeta sincronizada. Lo que guardas en ella se copia automáticamente en la nube y en tus demás dispositivos.

Sincronizar significa mantener la misma versión en todas partes: si modificas un archivo en el portátil, el cambio aparece en el móvil. Pero también si lo borras. Por eso la sincronización no es una copia de seguridad. La mayoría de servicios guardan durante un tiempo los archivos borrados en una papelera y versiones anteriores de los documentos; averigua cuánto tiempo en el tuyo.

Buenas prácticas:
- Crea una estructura de carpetas clara, por ejemplo por años y por clientes o proyectos.
- Usa nombres de archivo descriptivos y, si hay versiones, con fecha al principio: 2024-03-12-presupuesto-reforma.pdf.
- Marca como disponibles sin conexión los archivos que necesites cuando no tengas internet.
- Revisa de vez en cuando el espacio ocupado y elimina duplicados y archivos grandes que ya no necesitas.', 100),
(100202, 1002, 2, 'Compartir con seguridad', 'Sharing safely',
'Compartir un archivo desde la nube es más práctico que adjuntarlo a un correo: todos trabajan sobre la misma versión, no se llenan los buzones y puedes retirar el acceso cuando quieras.

Al compartir, decides dos cosas: con quién y con qué permisos.

Con quién:
- Personas concretas, escribiendo su correo. Es la opción más segura: solo ellas podrán abrirlo con su cuenta.
- Cualquier persona que tenga el enlace. Cómodo, pero si el enlace se reenvía o se publica por error, cualquiera podrá verlo. No lo uses para documentos con datos personales o confidenciales.
- Toda tu organización, en las cuentas de empresa.

Con qué permisos:
- Lector: puede ver y descargar, pero no modificar.
- Comentarista: puede ver y añadir comentarios o sugerencias.
- Editor: puede modificar, y en algunos servicios también compartir con otras personas.

Aplica el principio del mínimo privilegio: da el permiso más bajo que permita hacer la tarea. Si alguien solo tiene que revisar un informe, con permiso de comentarista basta.

Otras precauciones:
- Algunos servicios permiten poner fecha de caducidad a un acceso o una contraseña al enlace; úsalas con información delicada.
- Revisa periódicamente qué has compartido y con quién, y retira los accesos que ya no hagan falta, por ejemplo cuando termina un proyecto o alguien deja la empresa.
- Antes de compartir una carpeta, recuerda que se comparte todo lo que contiene, también lo que añadas más tarde.', 100),
(100203, 1002, 3, 'Editar documentos en equipo', 'Editing documents as a team',
'Las herramientas de ofimática en línea, como Documentos, Hojas y Presentaciones de Google o las versiones web de Word, Excel y PowerPoint en Microsoft 365, permiten que varias personas editen el mismo archivo a la vez. Cada persona ve los cambios de las demás en tiempo real, con un cursor de color y su nombre.

Funciones que facilitan el trabajo en equipo:
- Comentarios: selecciona un texto y añade una nota, sin modificar el contenido. Los comentarios se pueden responder y marcar como resueltos.
- Menciones: escribe @ seguido del nombre o correo de una persona en un comentario y recibirá un aviso. Puedes asignarle una tarea de esa forma.
- Modo sugerencia: los cambios quedan propuestos, marcados en color, hasta que la persona propietaria los acepta o rechaza. Es el equivalente al control de cambios.
- Historial de versiones: muestra quién cambió qué y cuándo, y permite recuperar una versión anterior si algo se estropea. Puedes poner nombre a las versiones importantes, como "Enviada al cliente".

Algunas normas de convivencia hacen la colaboración mucho más fluida:
- Acordad quién se ocupa de cada parte del documento.
- No borres el trabajo de otra persona: sugiere o comenta.
- Resuelve los comentarios cuando estén atendidos para no acumularlos.

Ejercicio: crea un documento compartido con otra persona del curso, escribid un texto breve a la vez, usad comentarios y menciones, y recuperad después una versión anterior desde el historial.', 100),
(100301, 1003, 1, 'Videollamadas profesionales', 'Professional video calls',
'Las videollamadas se han convertido en una herramienta habitual para reuniones, formación, atención a clientes y entrevistas de trabajo. Las plataformas más usadas son Google Meet, Microsoft Teams y Zoom; también existe Jitsi Meet, gratuita y de código abierto. Normalmente basta con pulsar un enlace; la primera vez, el navegador pedirá permiso para usar la cámara y el micrófono.

Prepara el equipo antes de la llamada:
- Conexión: si el wifi es débil, acércate al router o usa cable.
- Sonido: unos auriculares con micrófono evitan ecos y ruidos; son más importantes que una buena cámara.
- Imagen: la cámara a la altura de los ojos, luz de frente (una ventana delante de ti, no detrás) y un fondo ordenado. Muchas plataformas permiten desenfocar el fondo.
- Prueba: la mayoría de servicios tienen una pantalla previa para comprobar cámara y micrófono. Conéctate unos minutos antes.

Durante la reunión:
- Silencia el micrófono cuando no hables, sobre todo en grupos grandes.
- Usa la función de levantar la mano o el chat para pedir la palabra.
- Mira a la cámara, no a tu propia imagen, cuando hables.
- Para compartir pantalla, elige solo la ventana que quieres enseñar, no la pantalla completa, y cierra antes correos o notificaciones con información privada.

Si organizas la reunión, envía el enlace con antelación junto con el orden del día y, al terminar, un breve resumen con los acuerdos y las tareas.', 100),
(100302, 1003, 2, 'Organizar el trabajo en equipo', 'Organising teamwork',
'Además de documentos y videollamadas, la nube ofrece herramientas para coordinar a un equipo que no comparte oficina, o que la comparte solo algunos días.

Calendarios compartidos. Google Calendar o el calendario de Outlook permiten ver la disponibilidad de los demás, convocar reuniones con el enlace de videollamada incluido y reservar salas. Mantén tu calendario actualizado, incluidas las ausencias, para que otras personas puedan planificar.

Mensajería de equipo. Herramientas como Microsoft Teams, Slack o Google Chat organizan las conversaciones en canales por proyecto o tema. Son más ágiles que el correo para consultas rápidas, pero conviene acordar normas: qué se trata por chat y qué por correo, y que nadie está obligado a responder fuera de su horario.

Gestión de tareas. Los tableros de tareas, como Trello, Microsoft Planner o Asana, muestran el trabajo en columnas, por ejemplo Pendiente, En curso y Hecho. Cada tarea es una tarjeta con responsable, fecha límite, archivos y comentarios. De un vistazo se sabe en qué punto está cada cosa, sin necesidad de reuniones de seguimiento.

Consejos para que funcionen:
- Pocas herramientas, bien usadas y elegidas en equipo.
- Toda la información de un proyecto en un mismo lugar.
- Revisión semanal breve del tablero.

Y no olvides la desconexión digital: en España es un derecho reconocido a las personas trabajadoras. Las herramientas en la nube deben facilitar el trabajo, no alargar la jornada.', 100),
(100303, 1003, 3, 'La nube en la pequeña empresa', 'The cloud in a small business',
'Una pequeña empresa o una persona autónoma puede tener hoy, por una cuota mensual asequible, herramientas que antes solo estaban al alcance de grandes compañías. Algunos usos habituales:
- Correo profesional con dominio propio (nombre@tunegocio.es), que transmite más confianza que una cuenta gratuita.
- Ofimática y almacenamiento compartido para todo el equipo.
- Facturación y contabilidad en línea, accesibles también por la gestoría.
- Terminal de punto de venta en la nube, que registra ventas y existencias en tiempo real.
- Gestión de clientes (CRM), para centralizar contactos, presupuestos y seguimientos.
- Copias de seguridad automáticas fuera de la oficina.

Antes de contratar un servicio, comprueba:
- Precio por usuario y qué ocurre al crecer o si hay permanencia.
- Dónde se guardan los datos, preferiblemente en la Unión Europea, y que ofrece el contrato de encargo del tratamiento del RGPD.
- Que permite exportar los datos si decides irte.
- Seguridad: verificación en dos pasos, gestión de usuarios y permisos.
- Disponibilidad garantizada y soporte en español.

Empieza por el problema que más tiempo te quita, no por la herramienta de moda. Prueba los periodos gratuitos con casos reales y forma al equipo antes de implantarla.

Por último, organiza las cuentas: que la cuenta principal esté a nombre de la empresa y no de un empleado, que haya al menos dos personas administradoras y que, cuando alguien se vaya, se retiren sus accesos ese mismo día.', 100);

INSERT INTO quiz (id, module_id, title_es, title_en) VALUES
(1001, 1001, 'Cuestionario: Qué es la nube', 'Quiz: What the cloud is'),
(1002, 1002, 'Cuestionario: Guardar, compartir y colaborar', 'Quiz: Storing, sharing and collaborating'),
(1003, 1003, 'Cuestionario: Trabajo en remoto y nube para pequeñas empresas', 'Quiz: Remote work and the cloud for small businesses');

INSERT INTO quiz_question (id, quiz_id, position, prompt_es, explanation_es) VALUES
(100101, 1001, 1, '¿Qué significa guardar un archivo "en la nube"?',
 'La nube son ordenadores de otra empresa, en centros de datos, a los que te conectas a través de internet.'),
(100102, 1001, 2, 'Un programa de facturación que usas desde el navegador, sin instalar nada, es un ejemplo de...',
 'En el modelo SaaS el proveedor ofrece la aplicación completa y tú solo la usas.'),
(100103, 1001, 3, 'Si guardas datos de clientes en un servicio en la nube, ¿quién es responsable de ellos según el RGPD?',
 'El responsable del tratamiento no cambia por usar la nube; por eso hay que elegir bien al proveedor y firmar un contrato de encargo.'),
(100104, 1001, 4, '¿Por qué conviene comprobar que un servicio permite exportar tus datos en formatos estándar?',
 'La dependencia del proveedor es uno de los riesgos de la nube; poder exportar los datos facilita cambiar si hace falta.'),
(100201, 1002, 1, 'Has borrado por error un archivo de una carpeta sincronizada. ¿Qué ocurre en la nube?',
 'La sincronización replica todos los cambios, incluidos los borrados; por eso no sustituye a una copia de seguridad.'),
(100202, 1002, 2, 'Quieres compartir un documento con datos personales de clientes. ¿Qué opción es más segura?',
 'Compartir con personas concretas y con el mínimo permiso limita quién puede acceder y qué puede hacer.'),
(100203, 1002, 3, 'Una compañera solo tiene que revisar tu informe y proponer cambios sin modificarlo directamente. ¿Qué permiso le das?',
 'El permiso de comentarista permite ver y sugerir o comentar sin cambiar el documento.'),
(100204, 1002, 4, '¿Para qué sirve el historial de versiones de un documento en línea?',
 'El historial registra los cambios de cada persona y permite volver a cualquier versión anterior.'),
(100301, 1003, 1, '¿Qué es lo más importante para que te oigan bien en una videollamada?',
 'El sonido es lo que más afecta a la comunicación; los auriculares evitan ecos y ruidos.'),
(100302, 1003, 2, 'Al compartir pantalla en una reunión, ¿qué es más prudente?',
 'Compartir solo una ventana evita mostrar por accidente correos, notificaciones o documentos privados.'),
(100303, 1003, 3, '¿Para qué sirve un tablero de tareas con columnas Pendiente, En curso y Hecho?',
 'Los tableros hacen visible el avance del trabajo del equipo sin necesidad de reuniones de seguimiento.'),
(100304, 1003, 4, 'Al contratar un servicio en la nube para tu empresa, ¿qué debes comprobar respecto a los datos?',
 'La ubicación de los datos, el contrato exigido por el RGPD y la posibilidad de exportarlos protegen a tu empresa.');

INSERT INTO quiz_option (id, question_id, position, text_es, correct) VALUES
(1001011, 100101, 1, 'Guardarlo en una memoria USB.', FALSE),
(1001012, 100101, 2, 'Guardarlo en el disco duro del ordenador.', FALSE),
(1001013, 100101, 3, 'Guardarlo en servidores de un proveedor a los que accedes por internet.', TRUE),
(1001014, 100101, 4, 'Enviarlo por satélite.', FALSE),
(1001021, 100102, 1, 'Infraestructura como servicio (IaaS)', FALSE),
(1001022, 100102, 2, 'Software como servicio (SaaS)', TRUE),
(1001023, 100102, 3, 'Plataforma como servicio (PaaS)', FALSE),
(1001024, 100102, 4, 'Nube privada', FALSE),
(1001031, 100103, 1, 'Tú o tu empresa sigue siendo responsable; el proveedor es encargado del tratamiento.', TRUE),
(1001032, 100103, 2, 'Solo el proveedor de la nube.', FALSE),
(1001033, 100103, 3, 'Nadie, porque están en internet.', FALSE),
(1001034, 100103, 4, 'Los propios clientes.', FALSE),
(1001041, 100104, 1, 'Para que funcione más rápido.', FALSE),
(1001042, 100104, 2, 'Porque lo exige el navegador.', FALSE),
(1001043, 100104, 3, 'Para ahorrar espacio.', FALSE),
(1001044, 100104, 4, 'Para poder cambiar de proveedor sin quedar atrapado.', TRUE),
(1002011, 100201, 1, 'Nada, el archivo sigue en la nube.', FALSE),
(1002012, 100201, 2, 'Se crea una copia automáticamente en otra carpeta.', FALSE),
(1002013, 100201, 3, 'También se borra, aunque suele quedar un tiempo en la papelera del servicio.', TRUE),
(1002014, 100201, 4, 'El archivo se envía por correo a tu cuenta.', FALSE),
(1002021, 100202, 1, 'Personas concretas, por su correo, con el permiso mínimo necesario.', TRUE),
(1002022, 100202, 2, 'Cualquier persona que tenga el enlace, como editor.', FALSE),
(1002023, 100202, 3, 'Publicarlo en una carpeta pública.', FALSE),
(1002024, 100202, 4, 'Enviarlo a todo el departamento por si acaso.', FALSE),
(1002031, 100203, 1, 'Editor', FALSE),
(1002032, 100203, 2, 'Comentarista', TRUE),
(1002033, 100203, 3, 'Propietaria', FALSE),
(1002034, 100203, 4, 'Ninguno, se lo envías impreso', FALSE),
(1002041, 100204, 1, 'Para traducir el documento.', FALSE),
(1002042, 100204, 2, 'Para enviar el documento por correo.', FALSE),
(1002043, 100204, 3, 'Para cambiar el tipo de letra.', FALSE),
(1002044, 100204, 4, 'Para ver quién cambió qué y recuperar una versión anterior.', TRUE),
(1003011, 100301, 1, 'Una cámara de alta resolución.', FALSE),
(1003012, 100301, 2, 'Unos auriculares con micrófono y un lugar sin ruido.', TRUE),
(1003013, 100301, 3, 'Un fondo virtual.', FALSE),
(1003014, 100301, 4, 'Conectarte justo a la hora.', FALSE),
(1003021, 100302, 1, 'Compartir siempre la pantalla completa.', FALSE),
(1003022, 100302, 2, 'Desactivar la cámara de todas las personas.', FALSE),
(1003023, 100302, 3, 'Enviar antes tu contraseña al organizador.', FALSE),
(1003024, 100302, 4, 'Compartir solo la ventana necesaria y cerrar antes lo que tenga información privada.', TRUE),
(1003031, 100303, 1, 'Para ver de un vistazo el estado de cada tarea y quién es responsable.', TRUE),
(1003032, 100303, 2, 'Para hacer videollamadas.', FALSE),
(1003033, 100303, 3, 'Para guardar copias de seguridad.', FALSE),
(1003034, 100303, 4, 'Para enviar facturas.', FALSE),
(1003041, 100304, 1, 'Nada, todos los servicios son iguales.', FALSE),
(1003042, 100304, 2, 'Solo que el servicio sea el más barato.', FALSE),
(1003043, 100304, 3, 'Dónde se guardan, que haya contrato de encargo del tratamiento y que se puedan exportar.', TRUE),
(1003044, 100304, 4, 'Que el logotipo del proveedor sea conocido.', FALSE);

-- Course 11: marketing-digital (20 h = 1200 min)
INSERT INTO course_module (id, course_id, position, title_es, title_en) VALUES
(1101, 11, 1, 'Estrategia: objetivos y público', 'Strategy: goals and audience'),
(1102, 11, 2, 'Redes sociales', 'Social media'),
(1103, 11, 3, 'Contenidos y posicionamiento', 'Content and search visibility'),
(1104, 11, 4, 'Publicidad y medición', 'Advertising and measurement');

INSERT INTO lesson (id, module_id, position, title_es, title_en, body_es, nominal_minutes) VALUES
(110101, 1101, 1, 'Qué es el marketing digital', 'What digital marketing is',
'El marketing es el conjunto de acciones para que las personas que pueden necesitar lo que ofreces te conozcan, confíen en ti y acaben eligiéndote. El marketing digital hace lo mismo a través de internet: la web, los buscadores, las redes sociales, el correo electrónico y la publicidad en línea.

Su gran ventaja frente al marketing tradicional es doble. Por un lado, es accesible: una panadería de barrio o una profesional autónoma pueden llegar a su público con muy poco presupuesto. Por otro, se puede medir casi todo: cuántas personas vieron una publicación, cuántas hicieron clic y cuántas compraron.

Es útil distinguir tres tipos de medios:
- Medios propios: los canales que controlas, como tu web, tu blog, tu lista de correo o tus perfiles sociales.
- Medios ganados: lo que otros dicen de ti sin que pagues, como reseñas, recomendaciones, menciones en prensa o publicaciones compartidas.
- Medios pagados: la publicidad, como anuncios en buscadores o en redes sociales.

Una buena estrategia los combina. La publicidad da visibilidad rápida, pero se acaba cuando dejas de pagar. Los medios propios y ganados cuestan más tiempo, pero construyen una reputación que perdura.

Un error común es empezar por las herramientas ("hay que estar en TikTok") en lugar de por la estrategia. En este curso seguiremos el orden lógico: primero qué quieres conseguir y a quién te diriges; después, qué canales y contenidos usar; y por último, cómo medir si funciona.', 120),
(110102, 1101, 2, 'Objetivos y recorrido del cliente', 'Goals and the customer journey',
'Sin un objetivo claro no se puede saber si una acción de marketing ha funcionado. "Tener más presencia en redes" es un deseo, no un objetivo. Los buenos objetivos siguen el método SMART, por sus iniciales en inglés:
- Específico: qué exactamente. Conseguir reservas para el taller de cerámica.
- Medible: con una cifra. Veinte reservas.
- Alcanzable: realista con tus recursos.
- Relevante: importante para tu proyecto.
- Temporal: con una fecha. Antes del 30 de junio.

Resultado: "Conseguir veinte reservas para el taller de cerámica de julio antes del 30 de junio a través de la web".

Para decidir qué acciones hacer, ayuda pensar en el recorrido del cliente, las etapas por las que pasa una persona desde que no te conoce hasta que te recomienda:
- Descubrimiento: descubre que existes, por ejemplo al ver una publicación o un anuncio.
- Consideración: compara, lee opiniones, visita tu web.
- Decisión: compra, reserva o te contacta.
- Fidelización: vuelve a comprar y te recomienda.

Cada etapa pide acciones y mensajes distintos. Para darte a conocer sirven los contenidos en redes y la publicidad; para la consideración, una web clara con precios y opiniones; para la decisión, un proceso de reserva sencillo; para la fidelización, el correo electrónico y una buena atención. Muchas pequeñas empresas invierten todo en la primera etapa y descuidan la última, que suele ser la más rentable: conservar un cliente cuesta menos que conseguir uno nuevo.', 120),
(110103, 1101, 3, 'Conocer al público objetivo', 'Knowing your target audience',
'El público objetivo es el grupo de personas con más probabilidades de necesitar lo que ofreces. Dirigirte a "todo el mundo" es dirigirte a nadie: el mensaje se diluye y el presupuesto se dispersa.

Para definirlo, una herramienta útil es el perfil de cliente ideal, conocido también como "buyer persona": una ficha que describe a un cliente tipo como si fuera una persona real. Por ejemplo:

Carmen, 48 años, vive en un pueblo a 20 km de la ciudad, trabaja a media jornada en administración y cuida de su madre. Busca actividades de fin de semana para desconectar. Usa Facebook y WhatsApp a diario e Instagram de vez en cuando. Le preocupa el precio y valora que la actividad sea cerca y con grupos pequeños.

Una buena ficha recoge:
- Datos básicos: edad, lugar, situación laboral y familiar.
- Necesidades y problemas que tu producto resuelve.
- Objeciones: qué le frena a comprar, como el precio, la distancia o la desconfianza.
- Canales: dónde se informa y qué redes usa.

No la inventes desde el escritorio: habla con clientes actuales, revisa qué preguntan, lee las reseñas de tu sector y consulta las estadísticas de tus redes.

Con el público claro, define tu propuesta de valor: una frase que explique qué ofreces, para quién y por qué eres diferente. "Talleres de cerámica en grupos de seis personas, a diez minutos de tu casa, para desconectar el fin de semana". Esta frase guiará todos tus mensajes.', 120),
(110201, 1102, 1, 'Elegir las redes adecuadas', 'Choosing the right networks',
'No hace falta estar en todas las redes sociales; hace falta estar bien en las que usa tu público. Cada red tiene su propio estilo y su audiencia principal:
- Facebook: muy usada por personas de mediana edad y mayores. Útil para negocios locales, grupos y eventos.
- Instagram: visual, basada en fotos y vídeos cortos. Funciona bien en restauración, moda, decoración, turismo y artesanía.
- LinkedIn: la red profesional. Adecuada para servicios entre empresas, consultoría, formación y búsqueda de empleo.
- TikTok: vídeos cortos y creativos, con público mayoritariamente joven, aunque cada vez más variado.
- YouTube: el gran buscador de vídeos. Ideal para tutoriales y contenidos que se consultan durante años.
- WhatsApp Business: comunicación directa con clientes, catálogo de productos y respuestas automáticas.

Para elegir, responde a tres preguntas: ¿dónde está mi público?, ¿qué tipo de contenido puedo producir de forma constante (fotos, vídeos, textos)? y ¿cuánto tiempo puedo dedicar cada semana? Es mejor mantener una o dos redes activas y cuidadas que cinco abandonadas, que transmiten sensación de negocio cerrado.

Cuando abras un perfil, usa una cuenta de empresa o profesional, que da acceso a estadísticas. Completa todos los datos: nombre reconocible, el mismo en todas las redes si es posible; logotipo o foto profesional; descripción clara de qué ofreces y dónde; horario; y un enlace a tu web o a tu WhatsApp. Muchas personas deciden si confían en ti en los primeros segundos de visita al perfil.', 120),
(110202, 1102, 2, 'Gestionar la comunidad', 'Managing your community',
'Publicar es solo la mitad del trabajo en redes; la otra mitad es conversar. Las redes premian a las cuentas que generan interacción, y las personas valoran que detrás haya alguien que responde.

Organiza tus publicaciones con un calendario editorial: una hoja de cálculo con la fecha, la red, el tema, el formato y el texto de cada publicación. Así evitas improvisar, mantienes la constancia y puedes preparar el contenido de la semana en una sola sesión. Las herramientas de las propias redes permiten programar publicaciones.

Buenas prácticas en la atención:
- Responde a los comentarios y mensajes en el mismo día si es posible, siempre con educación y con tu nombre de pila si sois varias personas.
- Agradece también las opiniones positivas.
- Ante una queja, responde en público con empatía y ofrece seguir la conversación por mensaje privado para resolverla con datos.
- No borres críticas legítimas; sí puedes ocultar insultos o mensajes fraudulentos, según las normas que publiques.
- Si cometes un error, reconócelo y explica cómo lo vas a corregir.

Respeta también las normas legales. Para publicar fotos de personas reconocibles, como clientes o miembros del equipo, necesitas su consentimiento; con menores, el de su familia. Si organizas un sorteo, publica unas bases claras. Y si colaboras con alguien que te promociona a cambio de algo, esa publicación debe identificarse como publicidad.

Dedica una parte del tiempo a interactuar con otras cuentas de tu entorno: comercios vecinos, asociaciones o profesionales complementarios.', 120),
(110301, 1103, 1, 'Crear contenidos útiles', 'Creating useful content',
'El marketing de contenidos consiste en atraer clientes ofreciendo algo de valor, en lugar de interrumpir con anuncios. Una persona que aprende algo útil de ti empieza a confiar en ti.

Tipos de contenido que funcionan para pequeños negocios y profesionales:
- Educativo: consejos, tutoriales y respuestas a las preguntas frecuentes de tus clientes. Una fisioterapeuta que enseña tres estiramientos para quien trabaja sentado.
- Entre bastidores: cómo trabajas, tu equipo, el proceso de fabricación. Humaniza la marca.
- Prueba social: opiniones de clientes, casos de éxito, antes y después.
- Novedades y ofertas: con moderación, para que el perfil no parezca un folleto.

Antes de escribir, piensa en una sola idea por publicación y en qué quieres que haga la persona después.

Pautas de redacción para internet:
- Empieza por lo más importante: en redes, la primera línea decide si alguien sigue leyendo.
- Frases cortas, lenguaje cercano y sin tecnicismos.
- Una llamada a la acción clara al final: "Reserva tu plaza en el enlace", "Escríbenos por WhatsApp".
- Imágenes propias y de buena calidad; la luz natural mejora mucho las fotos hechas con el móvil.
- Subtítulos en los vídeos, porque muchas personas los ven sin sonido.

Reaprovecha el contenido: un artículo del blog puede convertirse en tres publicaciones, un vídeo corto y un correo a tus clientes. Y respeta los derechos de autor: usa imágenes y música propias o con licencia que permita su uso comercial.', 120),
(110302, 1103, 2, 'Posicionamiento en buscadores (SEO)', 'Search engine optimisation (SEO)',
'Cuando alguien busca "fontanero urgente en Talavera", los buscadores ordenan millones de páginas para mostrar primero las que consideran más útiles. El posicionamiento en buscadores, o SEO, es el conjunto de prácticas para que tu web aparezca en esos primeros resultados de forma gratuita.

El punto de partida son las palabras clave: los términos que tu público escribe al buscar. Piensa como tu cliente, no como tu sector: la gente busca "arreglar persiana" más que "reparación de sistemas de oscurecimiento". Las propias sugerencias del buscador al empezar a escribir te darán ideas. Las búsquedas largas y concretas, como "clases de cerámica para adultos en Toledo", tienen menos competencia y atraen a personas más decididas.

Prácticas básicas en tu web:
- Una página para cada servicio importante, centrada en su palabra clave.
- Un título de página claro que incluya la palabra clave y la localidad si eres un negocio local.
- Una meta descripción atractiva: el texto de dos líneas que aparece bajo el título en los resultados.
- Encabezados bien estructurados y textos útiles y originales, escritos para personas.
- Direcciones legibles, como tuweb.es/clases-ceramica.
- Imágenes con texto alternativo y de poco peso.
- Una web rápida y cómoda en el móvil.

Los buscadores también valoran los enlaces desde otras webs de confianza, como asociaciones, medios locales o directorios del sector.

El SEO es una carrera de fondo: los resultados tardan semanas o meses en llegar. Desconfía de quien promete el primer puesto en días.', 120),
(110303, 1103, 3, 'Negocio local y correo electrónico', 'Local business and email',
'Para un negocio con local físico o que atiende en una zona, la ficha de empresa en Google (Perfil de Empresa de Google) es probablemente la herramienta más rentable. Es gratuita y hace que aparezcas en el mapa y en los resultados cuando alguien busca "peluquería cerca de mí".

Cómo sacarle partido:
- Completa todos los datos: categoría correcta, dirección, horario (también los festivos), teléfono, web y fotos reales del local y de tus productos.
- Pide reseñas a tus clientes satisfechos; un código QR en el mostrador o un mensaje tras el servicio facilitan que las dejen.
- Responde a todas las reseñas, también a las negativas, con educación y ofreciendo soluciones.

El correo electrónico sigue siendo uno de los canales con mejor retorno, porque llega directamente a personas que ya te conocen. Sirve para fidelizar: novedades, consejos, recordatorios y ofertas para clientes.

Pero hay que hacerlo bien y de forma legal:
- En España, la ley exige el consentimiento previo para enviar comunicaciones comerciales por correo. No compres bases de datos ni añadas direcciones sin permiso. La excepción son tus clientes, a quienes puedes enviar ofertas de productos similares a los que compraron si se les informó y no se opusieron.
- Cada envío debe incluir una forma sencilla de darse de baja.
- Usa una herramienta de envío de boletines, que gestiona las altas y bajas y ofrece estadísticas, en lugar de poner cien direcciones en copia.', 120),
(110401, 1104, 1, 'Publicidad en línea', 'Online advertising',
'La publicidad en línea permite llegar a mucha gente rápidamente y con presupuestos muy ajustados, desde unos pocos euros al día. Hay dos grandes familias:
- Anuncios en buscadores, como Google Ads: aparecen cuando alguien busca algo relacionado con lo que ofreces. Captan a personas que ya tienen una necesidad, por lo que suelen convertir bien.
- Anuncios en redes sociales, como los de Facebook e Instagram, LinkedIn o TikTok: aparecen mientras las personas navegan. Sirven para darte a conocer y despertar interés, y permiten segmentar por ubicación, edad, intereses o comportamiento.

Conceptos básicos:
- Segmentación: a quién se muestra el anuncio. Usa tu perfil de cliente ideal. Un negocio local debería limitar la zona a unos pocos kilómetros.
- Presupuesto diario o total, que nunca se supera.
- Pago por clic (CPC): pagas solo cuando alguien hace clic. En otras modalidades se paga por cada mil impresiones.
- Página de destino: adonde llega quien hace clic. Debe hablar exactamente de lo que promete el anuncio, no ser la portada genérica de tu web.

Pasos para una primera campaña:
- Un objetivo concreto y medible.
- Un presupuesto pequeño de prueba.
- Dos versiones del anuncio con una sola diferencia, por ejemplo la imagen o el titular, para comparar cuál funciona mejor. Es lo que se llama prueba A/B.
- Revisión de resultados a los pocos días, ajustes y, si funciona, más presupuesto.', 120),
(110402, 1104, 2, 'Medir los resultados', 'Measuring results',
'Medir permite saber qué funciona, dejar de invertir en lo que no funciona y mejorar. Pero no todas las cifras importan igual. Las métricas de vanidad, como el número de seguidores o de "me gusta", alegran, pero no siempre se traducen en clientes. Concéntrate en los indicadores clave (KPI), los que están ligados a tus objetivos.

Métricas habituales:
- Alcance: cuántas personas distintas vieron tu contenido.
- Interacción: reacciones, comentarios, compartidos y guardados. La tasa de interacción es la interacción dividida entre el alcance.
- CTR o porcentaje de clics: clics divididos entre impresiones. Si un anuncio se mostró 2.000 veces y recibió 50 clics, el CTR es del 2,5 %.
- Tasa de conversión: cuántos de quienes llegaron hicieron lo que buscabas. Si de esos 50 clics salieron 5 reservas, la conversión es del 10 %.
- Coste por adquisición: lo gastado dividido entre las conversiones. 100 euros para 5 reservas son 20 euros por reserva. Compáralo con lo que te deja cada cliente.

Herramientas gratuitas: las estadísticas de cada red social, las de tu ficha de empresa y Google Analytics para tu web, que muestra de dónde llegan las visitas y qué hacen. Para saber qué campaña trajo cada visita, añade a tus enlaces parámetros de seguimiento, llamados UTM, con herramientas gratuitas que los generan.

Haz un informe mensual sencillo: objetivo, resultados de los KPI, comparación con el mes anterior, qué ha funcionado y qué vas a cambiar.', 120);

INSERT INTO quiz (id, module_id, title_es, title_en) VALUES
(1101, 1101, 'Cuestionario: Estrategia: objetivos y público', 'Quiz: Strategy: goals and audience'),
(1102, 1102, 'Cuestionario: Redes sociales', 'Quiz: Social media'),
(1103, 1103, 'Cuestionario: Contenidos y posicionamiento', 'Quiz: Content and search visibility'),
(1104, 1104, 'Cuestionario: Publicidad y medición', 'Quiz: Advertising and measurement');

INSERT INTO quiz_question (id, quiz_id, position, prompt_es, explanation_es) VALUES
(110101, 1101, 1, 'Las reseñas de clientes y las menciones en prensa que no has pagado son...',
 'Los medios ganados son lo que otros dicen de ti de forma voluntaria, sin que pagues por ello.'),
(110102, 1101, 2, '¿Cuál de estos objetivos cumple el método SMART?',
 'Es específico, medible, alcanzable, relevante y tiene una fecha límite.'),
(110103, 1101, 3, '¿En qué etapa del recorrido del cliente la persona compara opciones y lee opiniones?',
 'En la consideración la persona ya te conoce y evalúa si eres la mejor opción.'),
(110104, 1101, 4, '¿Por qué no conviene dirigirse a "todo el mundo"?',
 'Un público definido permite elegir bien los canales y escribir mensajes que conecten con sus necesidades.'),
(110201, 1102, 1, '¿Qué criterio es el más importante para elegir en qué redes sociales estar?',
 'Es mejor estar bien en las redes de tu público, con contenido constante, que mal en muchas.'),
(110202, 1102, 2, '¿Para qué sirve un calendario editorial?',
 'Planificar evita la improvisación y ayuda a mantener la constancia en las publicaciones.'),
(110203, 1102, 3, 'Un cliente deja una queja en una publicación. ¿Cuál es la mejor respuesta?',
 'Una respuesta empática y pública muestra a todos que atiendes los problemas, y el canal privado permite resolverlo con datos.'),
(110204, 1102, 4, 'Quieres publicar una foto de un cliente en tu tienda. ¿Qué necesitas?',
 'La imagen de una persona reconocible es un dato personal y un derecho propio; hace falta su consentimiento para publicarla.'),
(110301, 1103, 1, '¿Qué contenido es un ejemplo de contenido educativo para una fisioterapeuta?',
 'El contenido educativo aporta valor útil al público y genera confianza en quien lo ofrece.'),
(110302, 1103, 2, '¿Qué palabra clave es más adecuada para una academia local de cerámica?',
 'Las búsquedas largas y concretas tienen menos competencia y atraen a personas con una intención clara.'),
(110303, 1103, 3, '¿Qué es la meta descripción de una página?',
 'La meta descripción resume la página en los resultados y anima a hacer clic.'),
(110304, 1103, 4, '¿Qué necesitas, por norma general, para enviar correos comerciales a una persona?',
 'La ley exige consentimiento para las comunicaciones comerciales, salvo ofertas similares a clientes informados, y siempre la opción de baja.'),
(110401, 1104, 1, '¿Por qué los anuncios en buscadores suelen convertir bien?',
 'Quien busca tiene ya una necesidad, y el anuncio le ofrece una respuesta en ese momento.'),
(110402, 1104, 2, '¿Qué es una prueba A/B?',
 'Cambiar un único elemento permite saber qué causa la diferencia en los resultados.'),
(110403, 1104, 3, 'Un anuncio se mostró 2.000 veces y recibió 50 clics. ¿Cuál es su CTR?',
 'El CTR es clics entre impresiones: 50 / 2.000 = 0,025, es decir, un 2,5 %.'),
(110404, 1104, 4, '¿Cuál de estas es una métrica de vanidad si tu objetivo es conseguir reservas?',
 'Los seguidores pueden crecer sin que aumenten las reservas; los KPI deben estar ligados al objetivo.');

INSERT INTO quiz_option (id, question_id, position, text_es, correct) VALUES
(1101011, 110101, 1, 'medios ganados.', TRUE),
(1101012, 110101, 2, 'medios propios.', FALSE),
(1101013, 110101, 3, 'medios pagados.', FALSE),
(1101014, 110101, 4, 'publicidad encubierta.', FALSE),
(1101021, 110102, 1, 'Tener más presencia en redes sociales.', FALSE),
(1101022, 110102, 2, 'Ser la tienda más famosa de la provincia.', FALSE),
(1101023, 110102, 3, 'Vender mucho este año.', FALSE),
(1101024, 110102, 4, 'Conseguir veinte reservas para el taller de julio antes del 30 de junio a través de la web.', TRUE),
(1101031, 110103, 1, 'Descubrimiento', FALSE),
(1101032, 110103, 2, 'Fidelización', FALSE),
(1101033, 110103, 3, 'Consideración', TRUE),
(1101034, 110103, 4, 'Recomendación', FALSE),
(1101041, 110104, 1, 'Porque está prohibido por ley.', FALSE),
(1101042, 110104, 2, 'Porque el mensaje se diluye y el presupuesto se dispersa.', TRUE),
(1101043, 110104, 3, 'Porque las redes sociales no lo permiten.', FALSE),
(1101044, 110104, 4, 'Porque es demasiado barato.', FALSE),
(1102011, 110201, 1, 'Estar en todas para no perder oportunidades.', FALSE),
(1102012, 110201, 2, 'Elegir la red más nueva.', FALSE),
(1102013, 110201, 3, 'Dónde está tu público y qué contenido puedes producir de forma constante.', TRUE),
(1102014, 110201, 4, 'Elegir la red que más usas tú personalmente.', FALSE),
(1102021, 110202, 1, 'Para planificar qué se publica, cuándo, dónde y en qué formato.', TRUE),
(1102022, 110202, 2, 'Para llevar la contabilidad.', FALSE),
(1102023, 110202, 3, 'Para anotar las vacaciones del equipo.', FALSE),
(1102024, 110202, 4, 'Para bloquear comentarios negativos.', FALSE),
(1102031, 110203, 1, 'Borrar el comentario cuanto antes.', FALSE),
(1102032, 110203, 2, 'Responder en público con empatía y ofrecer resolverlo por mensaje privado.', TRUE),
(1102033, 110203, 3, 'Responder explicando que el cliente está equivocado.', FALSE),
(1102034, 110203, 4, 'Ignorarlo para no darle importancia.', FALSE),
(1102041, 110204, 1, 'Nada, porque la foto es tuya.', FALSE),
(1102042, 110204, 2, 'Que la foto tenga buena calidad.', FALSE),
(1102043, 110204, 3, 'Etiquetar a la tienda.', FALSE),
(1102044, 110204, 4, 'Su consentimiento.', TRUE),
(1103011, 110301, 1, 'Un anuncio con un descuento del 20 %.', FALSE),
(1103012, 110301, 2, 'Una foto del nuevo logotipo.', FALSE),
(1103013, 110301, 3, 'Un vídeo con tres estiramientos para quien trabaja sentado.', TRUE),
(1103014, 110301, 4, 'Un sorteo entre sus seguidores.', FALSE),
(1103021, 110302, 1, 'Clases de cerámica para adultos en Toledo', TRUE),
(1103022, 110302, 2, 'Cerámica', FALSE),
(1103023, 110302, 3, 'Arte', FALSE),
(1103024, 110302, 4, 'Productos de barro cocido', FALSE),
(1103031, 110303, 1, 'El nombre del archivo de la página.', FALSE),
(1103032, 110303, 2, 'Una etiqueta oculta con todas las palabras clave repetidas.', FALSE),
(1103033, 110303, 3, 'La descripción de las imágenes.', FALSE),
(1103034, 110303, 4, 'El texto breve que aparece bajo el título en los resultados del buscador.', TRUE),
(1103041, 110304, 1, 'Solo su dirección de correo.', FALSE),
(1103042, 110304, 2, 'Su consentimiento previo, y ofrecer en cada envío una forma sencilla de darse de baja.', TRUE),
(1103043, 110304, 3, 'Que viva en la misma provincia.', FALSE),
(1103044, 110304, 4, 'Comprar su dirección a una empresa especializada.', FALSE),
(1104011, 110401, 1, 'Porque son gratis.', FALSE),
(1104012, 110401, 2, 'Porque aparecen a personas que ya están buscando algo relacionado con lo que ofreces.', TRUE),
(1104013, 110401, 3, 'Porque se muestran a todo el mundo.', FALSE),
(1104014, 110401, 4, 'Porque no necesitan página de destino.', FALSE),
(1104021, 110402, 1, 'Un examen para el equipo de marketing.', FALSE),
(1104022, 110402, 2, 'Publicar el mismo anuncio en dos redes.', FALSE),
(1104023, 110402, 3, 'Comparar dos versiones de un anuncio con una sola diferencia para ver cuál funciona mejor.', TRUE),
(1104024, 110402, 4, 'Dividir el presupuesto entre dos meses.', FALSE),
(1104031, 110403, 1, '0,25 %', FALSE),
(1104032, 110403, 2, '2,5 %', TRUE),
(1104033, 110403, 3, '25 %', FALSE),
(1104034, 110403, 4, '40 %', FALSE),
(1104041, 110404, 1, 'El número de seguidores', TRUE),
(1104042, 110404, 2, 'La tasa de conversión', FALSE),
(1104043, 110404, 3, 'El coste por reserva', FALSE),
(1104044, 110404, 4, 'Las reservas conseguidas', FALSE);

-- Course 12: empleo-digital (15 h = 900 min)
INSERT INTO course_module (id, course_id, position, title_es, title_en) VALUES
(1201, 12, 1, 'Tu identidad profesional en línea', 'Your professional identity online'),
(1202, 12, 2, 'Buscar ofertas y presentar candidaturas', 'Finding jobs and applying'),
(1203, 12, 3, 'Entrevistas y pruebas en línea', 'Online interviews and tests');

INSERT INTO lesson (id, module_id, position, title_es, title_en, body_es, nominal_minutes) VALUES
(120101, 1201, 1, 'Tu huella digital', 'Your digital footprint',
'Antes de llamarte a una entrevista, muchas personas de selección escriben tu nombre en un buscador. Lo que encuentren forma parte de la primera impresión: es tu huella digital, el rastro que dejas en internet con tus perfiles, publicaciones, fotos y comentarios.

Haz la prueba tú primero. Busca tu nombre y apellidos, entre comillas y también acompañados de tu ciudad, y revisa las primeras páginas de resultados y las imágenes. Después repasa tus redes sociales:
- Configura la privacidad de las cuentas personales para que solo tus contactos vean tus publicaciones.
- Revisa fotos antiguas y comentarios que no te gustaría que viera una empresa. Si alguien te ha etiquetado, puedes quitar la etiqueta.
- Comprueba qué ve alguien que no es tu contacto: muchas redes permiten ver tu perfil "como público".

No se trata de desaparecer. Una presencia en internet cuidada y coherente con tu perfil profesional juega a tu favor, sobre todo en los sectores digitales.

Dos detalles que marcan la diferencia:
- Un correo electrónico profesional: nombre.apellido@ con un proveedor conocido, no direcciones como princesita75 o elmejor_1980.
- Una foto de perfil profesional: de frente, con buena luz, fondo neutro y ropa como la que llevarías a una entrevista en tu sector. Un móvil y una ventana bastan.

Si encuentras información tuya que es incorrecta o que quieres retirar, puedes pedirlo a la web o al buscador; el derecho al olvido está reconocido en la Unión Europea en determinadas condiciones.', 100),
(120102, 1201, 2, 'Un perfil profesional que atrae', 'A profile that gets noticed',
'LinkedIn es la red profesional más extendida, y muchas empresas y agencias de selección la usan para buscar candidaturas. Un perfil completo aparece más en las búsquedas y transmite profesionalidad. Revisa cada apartado:
- Foto y fondo: la foto profesional de la lección anterior; como imagen de fondo, algo relacionado con tu sector.
- Titular: la línea bajo tu nombre. No pongas solo "Desempleada" o tu último puesto. Describe lo que ofreces: "Administrativa con 15 años de experiencia | Contabilidad, Excel y atención al cliente | Formándome en análisis de datos".
- Acerca de: tres o cuatro párrafos breves en primera persona. Quién eres, qué sabes hacer, logros concretos y qué buscas.
- Experiencia: puestos con logros medibles, no solo tareas. "Reduje a la mitad el tiempo de cierre mensual automatizando informes" dice más que "Elaboración de informes".
- Formación y certificaciones: añade los cursos de este programa y sus certificados.
- Aptitudes: elige las que buscan las ofertas que te interesan.

Otras funciones útiles:
- Indicar que estás disponible para trabajar, eligiendo si lo ven todos o solo las personas de selección.
- Personalizar la dirección de tu perfil con tu nombre, para incluirla en el currículo.
- Pedir recomendaciones a antiguos compañeros, jefes o clientes.

Si vienes de otro sector, destaca las competencias transferibles: organización, trato con clientes, gestión de equipos, resolución de problemas. Son valiosas en cualquier puesto, también en el sector digital.', 100),
(120103, 1201, 3, 'Marca personal y red de contactos', 'Personal brand and networking',
'La marca personal es lo que los demás asocian con tu nombre en el ámbito profesional: en qué eres buena o bueno, cómo trabajas, qué te diferencia. No es solo para personas famosas; todo el mundo tiene una, la cuide o no.

Para construirla en internet no hace falta publicar a diario. Basta con ser constante y aportar:
- Comenta con criterio publicaciones de tu sector, añadiendo tu experiencia.
- Comparte lo que aprendes: un curso terminado, un proyecto práctico, una reflexión sobre tu cambio profesional.
- Sé coherente: que lo que dices en tu perfil se corresponda con lo que publicas.

Muchos puestos de trabajo se cubren por contactos y recomendaciones antes de publicarse. Por eso la red de contactos es una de tus mejores herramientas:
- Reconecta con antiguos compañeros, jefes, profesorado y clientes. Cuéntales que estás buscando y qué tipo de puesto te interesa.
- Al invitar a alguien a conectar, añade una nota personal: por qué quieres conectar o de qué os conocéis.
- Pide conversaciones informativas: diez minutos con alguien que trabaja en el sector que te interesa, para preguntarle cómo es su trabajo. No pidas empleo directamente; pide consejo.
- Participa en grupos, asociaciones y eventos del sector, también presenciales.

La red funciona en las dos direcciones: ayuda tú también, compartiendo ofertas o recomendando a otras personas. Y recuerda que tu edad y tu trayectoria son un activo: tienes años de contactos y experiencia que alguien que empieza no tiene.', 100),
(120201, 1202, 1, 'Dónde buscar ofertas', 'Where to look for jobs',
'Las ofertas de empleo están repartidas en muchos canales. Combinar varios aumenta mucho tus posibilidades.
- Portales de empleo generalistas, como InfoJobs, Indeed o la sección de empleo de LinkedIn, con miles de ofertas de todos los sectores.
- Portales especializados en un sector o perfil, como tecnología, hostelería, educación o trabajos en remoto.
- Servicios públicos de empleo: el de tu comunidad autónoma y el SEPE publican ofertas, orientación y formación gratuita. Inscribirte como demandante de empleo da acceso a esos servicios.
- EURES, el portal europeo de movilidad laboral, si te interesa trabajar en otro país de la Unión Europea.
- Las secciones "Trabaja con nosotros" de las webs de empresas que te interesen. Muchas publican ahí antes que en ningún portal.
- Empresas de trabajo temporal y agencias de selección.
- Tu red de contactos y los grupos profesionales.

Para no perder tiempo:
- Crea alertas en los portales con tus palabras clave y tu zona; recibirás las ofertas nuevas por correo o en el móvil.
- Usa los filtros: ubicación, jornada, modalidad presencial, híbrida o en remoto, y fecha de publicación.
- Responde pronto: las primeras candidaturas suelen tener más atención.
- Completa al cien por cien tu perfil en cada portal, porque las empresas también buscan directamente en sus bases de datos.

Dedica a la búsqueda un horario fijo, como si fuera un trabajo: por ejemplo, una hora cada mañana para revisar alertas y enviar candidaturas, y otra para formarte o ampliar tu red.', 100),
(120202, 1202, 2, 'Adaptar el currículo a cada oferta', 'Tailoring your CV to each job',
'Enviar el mismo currículo a todas las ofertas es la forma más rápida de no recibir respuestas. Cada oferta busca algo concreto, y tu candidatura debe mostrar con claridad que lo tienes.

Muchas empresas y portales usan programas de seguimiento de candidaturas, conocidos como ATS, que leen los currículos y los ordenan según cuánto encajan con la oferta antes de que los vea una persona. Para superar ese primer filtro:
- Lee la oferta y subraya los requisitos y las palabras clave: herramientas, funciones, titulaciones.
- Usa esas mismas palabras en tu currículo, si es cierto que tienes esa experiencia. Si piden "atención al cliente", no escribas solo "trato con el público".
- Usa un diseño sencillo: títulos claros como Experiencia o Formación, sin tablas complejas, gráficos ni texto dentro de imágenes.
- Envía en PDF, salvo que pidan otro formato, con un nombre claro: cv-ana-martin-tecnica-datos.pdf.

Después, la persona de selección dedicará pocos segundos a la primera lectura. Ordena la información de lo más a lo menos relevante para ese puesto, y pon al principio un perfil de tres líneas adaptado a la oferta.

Acompaña la candidatura con un mensaje o carta de presentación breve: para qué puesto te presentas, dos o tres razones concretas por las que encajas y tu disponibilidad para una entrevista. Si cambias de sector, explícalo en positivo: qué te atrae del nuevo sector y qué aportas de tu experiencia anterior.', 100),
(120203, 1202, 3, 'Organizar la búsqueda y evitar fraudes', 'Organising your search and avoiding scams',
'Una búsqueda activa puede suponer decenas de candidaturas. Sin organización, es fácil olvidar a qué empresa escribiste, qué versión del currículo enviaste o cuándo conviene volver a preguntar.

Crea una hoja de cálculo sencilla con estas columnas:
- Fecha de la candidatura.
- Empresa y puesto.
- Canal: portal, web de la empresa, contacto personal.
- Enlace a la oferta, porque muchas desaparecen cuando se cierran.
- Versión del currículo enviada.
- Estado: enviada, entrevista, rechazada, oferta.
- Próximo paso y fecha, por ejemplo escribir para interesarte si en dos semanas no hay respuesta.

Revísala cada semana: verás qué canales te dan más respuestas y dónde conviene concentrar el esfuerzo. Y apunta también tus logros de la semana, como cursos terminados o contactos nuevos. La búsqueda de empleo es una carrera de fondo y ver el avance ayuda a mantener el ánimo.

Por desgracia, también hay ofertas falsas que buscan tu dinero o tus datos. Señales de alarma:
- Te piden pagar algo: un curso obligatorio, material o gestión del contrato. Una empresa seria nunca cobra por contratarte.
- Sueldos muy altos para tareas sencillas y sin experiencia.
- Te contratan sin entrevista, solo por mensajería.
- Te piden muy pronto el DNI, los datos bancarios o una foto de tu tarjeta.
- Ofertas para recibir dinero en tu cuenta y reenviarlo: puedes acabar implicada o implicado en un delito de blanqueo.

Antes de dar datos, busca la empresa en internet, comprueba que existe y desconfía de las prisas.', 100),
(120301, 1203, 1, 'Preparar una entrevista por videollamada', 'Preparing a video interview',
'Muchas primeras entrevistas se hacen hoy por videollamada. Prepararla bien elimina la mitad de los nervios.

El día antes, prepara la parte técnica:
- Abre el enlace que te han enviado y comprueba si necesitas instalar algo o crear una cuenta.
- Prueba cámara, micrófono y altavoces. Mejor con auriculares.
- Elige el lugar: silencioso, con luz de frente y fondo ordenado y neutro. Avisa en casa para que no te interrumpan.

Después, prepara el contenido:
- Investiga la empresa: a qué se dedica, sus productos, noticias recientes, sus valores. Revisa su web y sus redes.
- Relee la oferta y tu currículo. Piensa en un ejemplo de tu experiencia para cada requisito.
- Prepara dos o tres preguntas para la empresa, como cómo es un día normal en el puesto o cómo es el equipo.

Para responder a las preguntas sobre tu experiencia, el método STAR ayuda a dar respuestas concretas y ordenadas:
- Situación: el contexto, en una frase.
- Tarea: qué tenías que conseguir.
- Acción: qué hiciste tú, en concreto.
- Resultado: qué se logró, mejor con datos.

Por ejemplo: "En la tienda había colas largas los sábados (situación). Me encargaron reducir la espera (tarea). Reorganicé los turnos y preparé los pedidos online el viernes (acción). La espera bajó de veinte a ocho minutos (resultado)".

Conéctate cinco minutos antes y vístete como lo harías para una entrevista presencial, también de cintura para abajo.', 100),
(120302, 1203, 2, 'Durante y después de la entrevista', 'During and after the interview',
'En la videollamada, mira a la cámara cuando hables: para la otra persona, es como mirarla a los ojos. Siéntate recta o recto, sonríe al saludar y deja una pequeña pausa antes de responder, porque el retraso de la conexión hace que sea fácil pisarse al hablar.

Algunas preguntas aparecen en casi todas las entrevistas:
- "Háblame de ti": un resumen de dos minutos centrado en tu trayectoria profesional y en por qué te interesa el puesto, no en tu vida personal.
- "¿Por qué cambias de sector?": responde en positivo, con lo que te atrae del nuevo sector, lo que has hecho para prepararte, como estos cursos, y lo que aportas de tu experiencia.
- "¿Cuál es tu mayor debilidad?": algo real, no crítico para el puesto, y qué haces para mejorarlo.

Una entrevista no debe incluir preguntas sobre tu estado civil, si tienes o piensas tener hijos, tu religión o tu salud, salvo que tenga relación directa con el puesto. Si aparecen, puedes reconducir con calma hacia tu capacidad para el trabajo.

Al final, haz tus preguntas y pregunta por los siguientes pasos del proceso y sus plazos.

Después, el mismo día, envía un correo breve de agradecimiento: agradece el tiempo, recuerda en una frase por qué encajas y muestra tu interés. Anota en tu hoja de seguimiento cómo fue y qué mejorarías. Si pasa el plazo indicado sin respuesta, un mensaje cordial para interesarte por el proceso es perfectamente adecuado.', 100),
(120303, 1203, 3, 'Pruebas en línea y aprendizaje continuo', 'Online tests and lifelong learning',
'Además de entrevistas, muchos procesos de selección incluyen pruebas en línea. Conocerlas te ayudará a afrontarlas con tranquilidad.
- Entrevistas grabadas: la plataforma muestra una pregunta y tienes un tiempo para pensar y grabar tu respuesta en vídeo. Practica antes grabándote con el móvil y controla el tiempo.
- Pruebas psicotécnicas: razonamiento numérico, verbal o lógico con tiempo limitado. Con práctica previa se mejora bastante.
- Cuestionarios de personalidad: responde con sinceridad y coherencia; no hay respuestas buenas o malas, y las incoherencias se detectan.
- Pruebas técnicas: un ejercicio práctico relacionado con el puesto, como preparar una hoja de cálculo, redactar un texto o resolver un caso.

Antes de empezar cualquier prueba, busca un lugar tranquilo, asegura la conexión y lee bien las instrucciones: si se puede volver atrás, cuánto tiempo hay y si penaliza dejar preguntas en blanco.

El mercado de trabajo cambia deprisa y las competencias digitales se renuevan continuamente. La Unión Europea las describe en el marco DigComp, que agrupa cinco áreas: información y datos, comunicación y colaboración, creación de contenidos, seguridad y resolución de problemas. Puedes usarlo para detectar qué te falta y planificar tu formación.

Sigue aprendiendo: combina cursos gratuitos como los de este programa con práctica real, por ejemplo colaborando con una asociación o en un proyecto propio. Cada certificado y cada proyecto son argumentos nuevos para tu currículo y tu perfil profesional. Tu experiencia, sumada a nuevas competencias digitales, es una combinación muy valiosa.', 100);

INSERT INTO quiz (id, module_id, title_es, title_en) VALUES
(1201, 1201, 'Cuestionario: Tu identidad profesional en línea', 'Quiz: Your professional identity online'),
(1202, 1202, 'Cuestionario: Buscar ofertas y presentar candidaturas', 'Quiz: Finding jobs and applying'),
(1203, 1203, 'Cuestionario: Entrevistas y pruebas en línea', 'Quiz: Online interviews and tests');

INSERT INTO quiz_question (id, quiz_id, position, prompt_es, explanation_es) VALUES
(120101, 1201, 1, '¿Qué dirección de correo es más adecuada para buscar empleo?',
 'Un correo con tu nombre y apellidos transmite seriedad y facilita que te identifiquen.'),
(120102, 1201, 2, '¿Qué titular de perfil profesional es más eficaz?',
 'Un buen titular explica qué ofreces y en qué te estás formando, con palabras que usan las empresas al buscar.'),
(120103, 1201, 3, '¿Cómo se describe mejor la experiencia en un perfil profesional?',
 'Los logros muestran el impacto de tu trabajo y diferencian tu candidatura de otras con tareas parecidas.'),
(120104, 1201, 4, '¿Qué es una conversación informativa?',
 'Estas conversaciones amplían tu red y te dan información real del sector sin la presión de pedir un puesto.'),
(120201, 1202, 1, '¿Para qué sirven las alertas de los portales de empleo?',
 'Las alertas te avisan de las ofertas nuevas y te permiten responder pronto sin revisar el portal a todas horas.'),
(120202, 1202, 2, '¿Qué es un ATS en un proceso de selección?',
 'Los ATS filtran candidaturas por palabras clave y requisitos antes de que las lea una persona.'),
(120203, 1202, 3, 'La oferta pide experiencia en "atención al cliente" y tú la tienes. ¿Cómo lo reflejas en el currículo?',
 'Usar las mismas palabras que la oferta, siempre que sea cierto, ayuda a superar el filtro automático y la primera lectura.'),
(120204, 1202, 4, 'Una "empresa" te ofrece un empleo sin entrevista, pero antes debes pagar 60 euros por un curso obligatorio. ¿Qué haces?',
 'Pedir dinero para acceder a un empleo es una señal clara de fraude.'),
(120301, 1203, 1, '¿Qué es lo más recomendable el día antes de una entrevista por videollamada?',
 'Resolver la parte técnica con antelación evita imprevistos y te permite concentrarte en la conversación.'),
(120302, 1203, 2, 'En el método STAR, ¿qué significa la A?',
 'STAR son Situación, Tarea, Acción y Resultado; la acción describe tu aportación personal.'),
(120303, 1203, 3, '¿Cómo responder a "¿Por qué cambias de sector?"',
 'Una respuesta positiva y concreta muestra motivación y convierte tu trayectoria en un valor.'),
(120304, 1203, 4, '¿Qué conviene hacer el mismo día después de una entrevista?',
 'El agradecimiento deja buena impresión y las notas te ayudan a preparar mejor las siguientes entrevistas.'),
(120305, 1203, 5, '¿Qué es DigComp?',
 'DigComp es el marco de referencia de la Unión Europea para las competencias digitales de la ciudadanía.');

INSERT INTO quiz_option (id, question_id, position, text_es, correct) VALUES
(1201011, 120101, 1, 'princesita75@correo.es', FALSE),
(1201012, 120101, 2, 'elmejor_1980@correo.es', FALSE),
(1201013, 120101, 3, 'quierotrabajo@correo.es', FALSE),
(1201014, 120101, 4, 'ana.martin.lopez@correo.es', TRUE),
(1201021, 120102, 1, 'Administrativa con 15 años de experiencia | Contabilidad y Excel | Formándome en análisis de datos', TRUE),
(1201022, 120102, 2, 'Desempleada', FALSE),
(1201023, 120102, 3, 'Buscando trabajo de lo que sea', FALSE),
(1201024, 120102, 4, 'Hola, soy Ana', FALSE),
(1201031, 120103, 1, 'Con una lista de tareas generales.', FALSE),
(1201032, 120103, 2, 'Con logros concretos y, si es posible, medibles.', TRUE),
(1201033, 120103, 3, 'Solo con el nombre de las empresas.', FALSE),
(1201034, 120103, 4, 'Con las fechas y nada más.', FALSE),
(1201041, 120104, 1, 'Una entrevista de trabajo formal.', FALSE),
(1201042, 120104, 2, 'Un curso en línea gratuito.', FALSE),
(1201043, 120104, 3, 'Una charla breve con alguien del sector para conocer su trabajo y pedir consejo.', TRUE),
(1201044, 120104, 4, 'Un mensaje para pedir empleo directamente.', FALSE),
(1202011, 120201, 1, 'Para avisar a la empresa de que has visto la oferta.', FALSE),
(1202012, 120201, 2, 'Para recibir automáticamente las ofertas nuevas que encajan con tus palabras clave y tu zona.', TRUE),
(1202013, 120201, 3, 'Para bloquear ofertas fraudulentas.', FALSE),
(1202014, 120201, 4, 'Para enviar el currículo a todas las ofertas a la vez.', FALSE),
(1202021, 120202, 1, 'Un tipo de contrato temporal.', FALSE),
(1202022, 120202, 2, 'Una prueba psicotécnica.', FALSE),
(1202023, 120202, 3, 'Un programa que lee y ordena los currículos según cuánto encajan con la oferta.', TRUE),
(1202024, 120202, 4, 'Un portal de empleo público.', FALSE),
(1202031, 120203, 1, 'Con un sinónimo para ser original.', FALSE),
(1202032, 120203, 2, 'No lo menciono, ya lo verán en la entrevista.', FALSE),
(1202033, 120203, 3, 'En una imagen decorativa.', FALSE),
(1202034, 120203, 4, 'Usando la expresión "atención al cliente", que es la que busca la oferta.', TRUE),
(1202041, 120204, 1, 'Desconfiar: una empresa seria nunca cobra por contratarte.', TRUE),
(1202042, 120204, 2, 'Pagar, porque es poco dinero.', FALSE),
(1202043, 120204, 3, 'Enviar también tus datos bancarios para el sueldo.', FALSE),
(1202044, 120204, 4, 'Pagar la mitad y el resto al firmar.', FALSE),
(1203011, 120301, 1, 'No mirar el enlace hasta la hora de la entrevista.', FALSE),
(1203012, 120301, 2, 'Preparar un fondo virtual muy llamativo.', FALSE),
(1203013, 120301, 3, 'Ensayar respuestas memorizadas palabra por palabra.', FALSE),
(1203014, 120301, 4, 'Probar el enlace, la cámara y el micrófono, y preparar el lugar.', TRUE),
(1203021, 120302, 1, 'Acción: lo que hiciste tú en concreto.', TRUE),
(1203022, 120302, 2, 'Aptitud', FALSE),
(1203023, 120302, 3, 'Análisis de la empresa', FALSE),
(1203024, 120302, 4, 'Agradecimiento', FALSE),
(1203031, 120303, 1, 'Criticando tu empresa anterior.', FALSE),
(1203032, 120303, 2, 'En positivo: qué te atrae del nuevo sector, cómo te has preparado y qué aportas de tu experiencia.', TRUE),
(1203033, 120303, 3, 'Diciendo que no encuentras nada en lo tuyo.', FALSE),
(1203034, 120303, 4, 'Evitando la pregunta.', FALSE),
(1203041, 120304, 1, 'Llamar varias veces para saber el resultado.', FALSE),
(1203042, 120304, 2, 'Publicar en redes sociales las preguntas de la entrevista.', FALSE),
(1203043, 120304, 3, 'Enviar un correo breve de agradecimiento y anotar cómo fue.', TRUE),
(1203044, 120304, 4, 'Nada, solo esperar.', FALSE),
(1203051, 120305, 1, 'El marco europeo que describe las competencias digitales en cinco áreas.', TRUE),
(1203052, 120305, 2, 'Un portal de empleo europeo.', FALSE),
(1203053, 120305, 3, 'Una prueba psicotécnica.', FALSE),
(1203054, 120305, 4, 'Un programa de videollamadas.', FALSE);
